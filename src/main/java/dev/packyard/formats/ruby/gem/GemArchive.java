package dev.packyard.formats.ruby.gem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the gemspec out of a .gem: a plain tar whose {@code metadata.gz} is the gzip'd YAML of the
 * Gem::Specification (Ruby's object tags are ignored; the fields are read by name).
 */
public final class GemArchive {
    /** The metadata document is small; a larger one is not a gem Packyard should unpack. */
    private static final int MAX_METADATA = 4 * 1024 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GemArchive() {
    }

    /** The spec of the gem whose bytes {@code gem} streams; an IllegalArgumentException says why it is not a gem. */
    public static GemSpec read(InputStream gem) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(gem);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            if (entry.getName().equals("metadata.gz")) {
                byte[] yaml = new GZIPInputStream(tar).readNBytes(MAX_METADATA + 1);
                if (yaml.length > MAX_METADATA) {
                    throw new IllegalArgumentException("the gem's metadata.gz is larger than 4 MiB");
                }
                return spec(yaml);
            }
        }
        throw new IllegalArgumentException("the file has no metadata.gz, so it is not a gem (build it with 'gem build')");
    }

    static GemSpec spec(byte[] yaml) throws IOException {
        JsonNode doc;
        try {
            doc = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("the gem's metadata is not readable YAML (" + e.getMessage() + ")", e);
        }
        String name = text(doc.path("name"));
        String version = text(doc.path("version").path("version"));
        if (name == null || version == null) {
            throw new IllegalArgumentException("the gem's metadata has no name or version");
        }
        List<GemDependency> dependencies = new ArrayList<>();
        for (JsonNode d : doc.path("dependencies")) {
            String depName = text(d.path("name"));
            if (depName != null) {
                JsonNode requirement = d.path("requirement").isMissingNode() ? d.path("version_requirements") : d.path("requirement");
                dependencies.add(new GemDependency(depName, requirement(requirement), !":development".equals(text(d.path("type")))));
            }
        }
        return new GemSpec(name, version, platform(doc.path("platform")), text(doc.path("summary")), text(doc.path("description")),
                strings(doc.path("authors")), text(doc.path("homepage")), strings(doc.path("licenses")), dependencies,
                requirement(doc.path("required_ruby_version")), requirement(doc.path("required_rubygems_version")));
    }

    private static String platform(JsonNode node) {
        if (node.isObject()) {
            // A Gem::Platform object: cpu, os and version joined as RubyGems writes it.
            List<String> parts = new ArrayList<>();
            for (String field : List.of("cpu", "os", "version")) {
                String part = text(node.path(field));
                if (part != null) {
                    parts.add(part);
                }
            }
            return String.join("-", parts);
        }
        return text(node);
    }

    private static GemRequirement requirement(JsonNode node) {
        List<GemRequirement.Constraint> constraints = new ArrayList<>();
        for (JsonNode pair : node.path("requirements")) {
            String operator = text(pair.path(0));
            String version = text(pair.path(1).path("version"));
            if (operator != null && version != null) {
                constraints.add(new GemRequirement.Constraint(operator, version));
            }
        }
        return new GemRequirement(constraints);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (text(n) != null) {
                    out.add(text(n));
                }
            });
        } else if (text(node) != null) {
            out.add(text(node));
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() || node.asText().isBlank()
                ? null : node.asText();
    }
}
