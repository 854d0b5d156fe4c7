package dev.packyard.server.packages;

import dev.packyard.model.Hashes;
import dev.packyard.model.PackageCoordinate;
import dev.packyard.model.Repository;
import dev.packyard.application.fetch.AssetEntry;
import dev.packyard.application.fetch.AssetReceiver;
import dev.packyard.application.fetch.PackageFetchService;
import dev.packyard.application.fetch.VersionSource;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Streams a file of a version to the client through the fetch engine (retained, being persisted, or fetched now). */
public final class Downloads {
    /** Tells the client (and curious users) where the bytes came from. */
    public static final String SOURCE_HEADER = "X-Packyard-Source";

    private final PackageFetchService fetch;

    public Downloads(PackageFetchService fetch) {
        this.fetch = fetch;
    }

    public void send(Context ctx, Repository repository, PackageCoordinate coordinate, String version, String fileName,
                     String contentType) throws IOException {
        HttpServletResponse response = ctx.res();
        fetch.deliver(repository, coordinate, version, fileName, AssetReceiver.answeredWhenVerified((AssetEntry file, VersionSource source) -> {
            response.setStatus(200);
            response.setContentType(contentType);
            if (file.size() >= 0) {
                response.setContentLengthLong(file.size());
            }
            response.setHeader(SOURCE_HEADER, source.name());
            return response.getOutputStream();
        }));
    }

    /** The file's hash in lower-case hex, computed by reading it through the engine (which may fetch it). */
    public String digest(Repository repository, PackageCoordinate coordinate, String version, String fileName,
                         String algorithm) throws IOException {
        MessageDigest digest = Hashes.digest(algorithm);
        fetch.deliver(repository, coordinate, version, fileName, (file, source) ->
                new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The content type clients expect for a file name. */
    public static String contentType(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".tgz") || name.endsWith(".tar.gz")) {
            return "application/gzip";
        }
        if (name.endsWith(".pom") || name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".jar")) {
            return "application/java-archive";
        }
        if (name.endsWith(".whl") || name.endsWith(".zip")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }
}
