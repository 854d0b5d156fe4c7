package dev.packyard.formats.ruby.demo;

import dev.packyard.demo.common.Digests;
import dev.packyard.demo.common.TarArchive;
import dev.packyard.formats.ruby.gem.GemDependency;
import dev.packyard.formats.ruby.gem.GemRequirement;
import dev.packyard.formats.ruby.gem.GemSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds real .gem files as {@code gem build} lays them out: a tar of {@code metadata.gz} (the YAML gemspec),
 * {@code data.tar.gz} (the gem's files) and {@code checksums.yaml.gz} (SHA-256 and SHA-512 of the other two), which
 * {@code gem install} checks. The bytes depend only on the spec and the release time.
 */
final class GemBuilder {
    private static final Instant ENTRY_TIME = Instant.parse("2000-01-01T00:00:00Z");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private GemBuilder() {
    }

    static byte[] build(GemSpec spec, Instant released) {
        String library = "lib/" + spec.name().replace('-', '_') + ".rb";
        Map<String, byte[]> data = new LinkedHashMap<>();
        data.put(library, source(spec).getBytes(StandardCharsets.UTF_8));
        data.put("README.md", ("# " + spec.name() + "\n\n" + spec.summary() + "\n\nFrom the Packyard offline demo's RubyGems.\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] metadata = TarArchive.gzip(yaml(spec, released, data.keySet()).getBytes(StandardCharsets.UTF_8));
        byte[] dataTar = tar().addAll(data).toGzipBytes();
        Digests m = Digests.of(metadata);
        Digests d = Digests.of(dataTar);
        String checksums = "---\nSHA256:\n  metadata.gz: " + m.sha256Hex() + "\n  data.tar.gz: " + d.sha256Hex()
                + "\nSHA512:\n  metadata.gz: " + Digests.hex("SHA-512", metadata) + "\n  data.tar.gz: "
                + Digests.hex("SHA-512", dataTar) + "\n";
        Map<String, byte[]> gem = new LinkedHashMap<>();
        gem.put("metadata.gz", metadata);
        gem.put("data.tar.gz", dataTar);
        gem.put("checksums.yaml.gz", TarArchive.gzip(checksums.getBytes(StandardCharsets.UTF_8)));
        return tar().addAll(gem).toBytes();
    }

    private static String source(GemSpec spec) {
        StringBuilder ruby = new StringBuilder("# frozen_string_literal: true\n\n");
        spec.runtimeDependencies().forEach(d -> ruby.append("require \"").append(d.name().replace('-', '_')).append("\"\n"));
        String module = moduleName(spec.name());
        return ruby.append("\nmodule ").append(module).append("\n  VERSION = \"").append(spec.version())
                .append("\"\n  PLATFORM = \"").append(spec.platform()).append("\"\nend\n").toString();
    }

    static String moduleName(String gemName) {
        StringBuilder name = new StringBuilder();
        for (String part : gemName.split("[-_]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** The gemspec in the YAML form RubyGems writes and reads back with its object tags. */
    private static String yaml(GemSpec spec, Instant released, Iterable<String> files) {
        StringBuilder y = new StringBuilder("--- !ruby/object:Gem::Specification\n");
        y.append("name: ").append(spec.name()).append('\n');
        y.append("version: !ruby/object:Gem::Version\n  version: ").append(quoted(spec.version())).append('\n');
        y.append("platform: ").append(spec.platform()).append('\n');
        y.append("authors:\n");
        spec.authors().forEach(a -> y.append("- ").append(quoted(a)).append('\n'));
        y.append("autorequire:\nbindir: bin\ncert_chain: []\n");
        y.append("date: ").append(DATE.format(released)).append(" 00:00:00.000000000 Z\n");
        if (spec.dependencies().isEmpty()) {
            y.append("dependencies: []\n");
        } else {
            y.append("dependencies:\n");
            for (GemDependency d : spec.dependencies()) {
                y.append("- !ruby/object:Gem::Dependency\n  name: ").append(d.name()).append('\n');
                requirement(y, "  requirement", d.requirement());
                y.append("  type: ").append(d.runtime() ? ":runtime" : ":development").append("\n  prerelease: false\n");
                requirement(y, "  version_requirements", d.requirement());
            }
        }
        y.append("description: ").append(quoted(spec.description())).append('\n');
        y.append("email:\nexecutables: []\nextensions: []\nextra_rdoc_files: []\nfiles:\n");
        files.forEach(f -> y.append("- ").append(f).append('\n'));
        y.append("homepage: ").append(quoted(spec.homepage())).append('\n');
        y.append("licenses:\n");
        spec.licenses().forEach(l -> y.append("- ").append(l).append('\n'));
        y.append("metadata: {}\npost_install_message:\nrdoc_options: []\nrequire_paths:\n- lib\n");
        requirement(y, "required_ruby_version", spec.requiredRuby());
        requirement(y, "required_rubygems_version", spec.requiredRubygems());
        y.append("requirements: []\nrubygems_version: 3.3.15\nsigning_key:\nspecification_version: 4\n");
        y.append("summary: ").append(quoted(spec.summary())).append("\ntest_files: []\n");
        return y.toString();
    }

    private static void requirement(StringBuilder y, String key, GemRequirement requirement) {
        String indent = key.startsWith("  ") ? "  " : "";
        y.append(key).append(": !ruby/object:Gem::Requirement\n").append(indent).append("  requirements:\n");
        for (GemRequirement.Constraint c : requirement.constraints()) {
            y.append(indent).append("  - - ").append(quoted(c.operator())).append('\n').append(indent)
                    .append("    - !ruby/object:Gem::Version\n").append(indent).append("      version: ")
                    .append(quoted(c.version())).append('\n');
        }
    }

    private static TarArchive tar() {
        return new TarArchive(ENTRY_TIME, TarArchive.LongNames.REFUSED);
    }

    private static String quoted(String text) {
        return text == null ? "" : "'" + text.replace("'", "''") + "'";
    }
}
