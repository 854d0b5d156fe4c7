package dev.packyard.formats.nuget.demo;

import dev.packyard.demo.common.ZipArchive;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds real .nupkg files: a zip with the .nuspec at its root, the OPC content-types part NuGet writes, and an
 * empty {@code lib/netstandard2.0} folder (NuGet's {@code _._} marker), so the bytes are the same on every run.
 */
final class Nupkgs {
    private Nupkgs() {
    }

    static String nuspec(String id, String version, String description, Map<String, String> dependencies) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n")
                .append("  <metadata>\n")
                .append("    <id>").append(id).append("</id>\n")
                .append("    <version>").append(version).append("</version>\n")
                .append("    <authors>Packyard demo</authors>\n")
                .append("    <description>").append(description).append("</description>\n")
                .append("    <license type=\"expression\">MIT</license>\n")
                .append("    <projectUrl>https://example.invalid/").append(id).append("</projectUrl>\n")
                .append("    <tags>demo packyard</tags>\n")
                .append("    <dependencies>\n")
                .append("      <group targetFramework=\".NETStandard2.0\">\n");
        new TreeMap<>(dependencies).forEach((dependency, range) -> xml.append("        <dependency id=\"").append(dependency)
                .append("\" version=\"").append(range).append("\" exclude=\"Build,Analyzers\" />\n"));
        xml.append("      </group>\n")
                .append("    </dependencies>\n")
                .append("  </metadata>\n")
                .append("</package>\n");
        return xml.toString();
    }

    static byte[] nupkg(String id, byte[] nuspec) {
        String contentTypes = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"nuspec\" ContentType=\"application/octet\" />"
                + "<Default Extension=\"_\" ContentType=\"application/octet\" /></Types>";
        return new ZipArchive()
                .add(id + ".nuspec", nuspec)
                .add("lib/netstandard2.0/_._", new byte[0])
                .add("[Content_Types].xml", contentTypes.getBytes(StandardCharsets.UTF_8))
                .toBytes();
    }
}
