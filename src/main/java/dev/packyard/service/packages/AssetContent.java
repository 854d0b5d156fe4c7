package dev.packyard.service.packages;

import dev.packyard.model.Asset;
import dev.packyard.model.PackageVersion;
import java.io.InputStream;

/** An asset being read: the version it belongs to, its record, and a stream of its bytes the caller must close. */
public record AssetContent(PackageVersion version, Asset asset, InputStream content) {
}
