package dev.packyard.formats.ruby.http;

import dev.packyard.formats.ruby.gem.GemSpec;
import dev.packyard.formats.ruby.gem.RubyMarshal;
import dev.packyard.model.PackageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * RubyGems' older full index, which {@code gem search --remote}, {@code gem list --remote} and {@code gem update} still
 * read: {@code specs.4.8.gz} (every release), {@code latest_specs.4.8.gz} (the newest release per gem and platform)
 * and {@code prerelease_specs.4.8.gz}, each a gzip'd Marshal array of [name, Gem::Version, platform]. Built from the
 * lines of the compact index's versions file, so it lists the same gems.
 */
final class SpecsIndex {
    enum Kind {
        ALL("specs.4.8.gz"), LATEST("latest_specs.4.8.gz"), PRERELEASE("prerelease_specs.4.8.gz");

        final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        static java.util.Optional<Kind> byFileName(String name) {
            return java.util.Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
        }
    }

    private record Tuple(String name, String version, String platform) {
    }

    private SpecsIndex() {
    }

    static byte[] gzip(Kind kind, Map<String, String> versionLines) {
        List<Object> tuples = new ArrayList<>();
        for (Tuple t : tuples(kind, versionLines)) {
            tuples.add(List.of(t.name(), new RubyMarshal.UserMarshal("Gem::Version", List.of(t.version())), t.platform()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(RubyMarshal.dump(tuples));
        } catch (IOException e) {
            throw new UncheckedIOException("Gzip into memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static List<Tuple> tuples(Kind kind, Map<String, String> versionLines) {
        List<Tuple> out = new ArrayList<>();
        versionLines.forEach((name, rest) -> {
            int space = rest.lastIndexOf(' ');
            String versions = space < 0 ? rest : rest.substring(0, space);
            Map<String, Tuple> latestByPlatform = new LinkedHashMap<>();
            for (String entry : versions.split(",")) {
                if (entry.isBlank() || entry.startsWith("-")) {
                    continue; // a yanked version
                }
                int dash = entry.indexOf('-');
                Tuple t = new Tuple(name, dash < 0 ? entry : entry.substring(0, dash), dash < 0 ? GemSpec.RUBY : entry.substring(dash + 1));
                boolean prerelease = t.version().chars().anyMatch(Character::isLetter);
                switch (kind) {
                    case ALL -> {
                        if (!prerelease) {
                            out.add(t);
                        }
                    }
                    case PRERELEASE -> {
                        if (prerelease) {
                            out.add(t);
                        }
                    }
                    case LATEST -> {
                        if (!prerelease) {
                            latestByPlatform.merge(t.platform(), t, (a, b) ->
                                    PackageFormat.RUBY.versionOrder().compare(a.version(), b.version()) >= 0 ? a : b);
                        }
                    }
                }
            }
            out.addAll(latestByPlatform.values());
        });
        out.sort(Comparator.comparing(Tuple::name));
        return out;
    }
}
