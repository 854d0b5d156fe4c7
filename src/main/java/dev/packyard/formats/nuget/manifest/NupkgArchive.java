package dev.packyard.formats.nuget.manifest;

import dev.packyard.service.details.BoundedReads;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A .nupkg is a zip with its .nuspec at the root; this finds that entry while streaming the archive once. */
public final class NupkgArchive {
    private NupkgArchive() {
    }

    /** The bytes of the root-level .nuspec; an IOException when the stream is no zip or holds none. */
    public static byte[] nuspecBytes(InputStream nupkg) throws IOException {
        ZipInputStream zip = new ZipInputStream(nupkg);
        boolean anyEntry = false;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            anyEntry = true;
            String name = entry.getName();
            if (!entry.isDirectory() && !name.contains("/") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".nuspec")) {
                return BoundedReads.all(zip, BoundedReads.MANIFEST_LIMIT, name);
            }
        }
        throw new IOException(anyEntry ? "the .nupkg has no .nuspec at its root" : "the file is not a .nupkg (not a zip archive)");
    }

    public static Nuspec nuspec(InputStream nupkg) throws IOException {
        return NuspecReader.read(nuspecBytes(nupkg));
    }
}
