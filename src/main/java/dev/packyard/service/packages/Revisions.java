package dev.packyard.service.packages;

import dev.packyard.model.Hashes;
import dev.packyard.model.Asset;
import dev.packyard.model.PackageCoordinate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/** Revision strings: a base64 SHA-256 over a version's identity and asset contents, so new content means a new revision. */
public final class Revisions {
    private Revisions() {
    }

    public static String of(PackageCoordinate coordinate, String version, List<Asset> assets) {
        MessageDigest digest = Hashes.digest("SHA-256");
        digest.update((coordinate + "\n" + version + "\n").getBytes(StandardCharsets.UTF_8));
        assets.stream().sorted(Comparator.comparing(Asset::name)).forEach(a ->
                digest.update((a.name() + "=" + a.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
        return Base64.getEncoder().encodeToString(digest.digest());
    }
}
