package dev.packyard.formats.ruby.gem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a compact-index info file ({@code /info/NAME}): {@code VERSION[-PLATFORM] DEP:REQ&REQ,DEP:REQ|checksum:HEX,ruby:REQ,rubygems:REQ}.
 * Only runtime dependencies appear; the checksum is the SHA-256 of the .gem in hex.
 */
public record InfoLine(String version, String platform, List<GemDependency> dependencies, Optional<String> sha256,
                       GemRequirement requiredRuby, GemRequirement requiredRubygems) {
    public InfoLine {
        dependencies = List.copyOf(dependencies);
    }

    public static InfoLine of(GemSpec spec, Optional<String> sha256) {
        return new InfoLine(spec.version(), spec.platform(), spec.runtimeDependencies(), sha256, spec.requiredRuby(),
                spec.requiredRubygems());
    }

    /** The version as the compact index and the versions file write it, platform appended for a platform gem. */
    public String versionAndPlatform() {
        return platform.equals(GemSpec.RUBY) ? version : version + "-" + platform;
    }

    public String written() {
        StringBuilder line = new StringBuilder(versionAndPlatform()).append(' ');
        line.append(String.join(",", dependencies.stream().map(d -> d.name() + ":" + d.requirement().written("&")).toList()));
        List<String> requirements = new ArrayList<>();
        sha256.ifPresent(h -> requirements.add("checksum:" + h));
        if (!requiredRuby.isAny()) {
            requirements.add("ruby:" + requiredRuby.written("&"));
        }
        if (!requiredRubygems.isAny()) {
            requirements.add("rubygems:" + requiredRubygems.written("&"));
        }
        line.append('|').append(String.join(",", requirements));
        return line.toString();
    }

    /** Reads a line (a dash in its head starts the platform); empty for a line it cannot read. */
    public static Optional<InfoLine> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.equals("---")) {
            return Optional.empty();
        }
        int space = text.indexOf(' ');
        String head = space < 0 ? text : text.substring(0, space);
        String rest = space < 0 ? "" : text.substring(space + 1);
        int bar = rest.indexOf('|');
        String deps = bar < 0 ? rest : rest.substring(0, bar);
        String reqs = bar < 0 ? "" : rest.substring(bar + 1);
        int dash = head.indexOf('-');
        String version = dash < 0 ? head : head.substring(0, dash);
        String platform = dash < 0 ? GemSpec.RUBY : head.substring(dash + 1);
        try {
            List<GemDependency> dependencies = new ArrayList<>();
            for (String dep : deps.split(",")) {
                if (dep.isBlank()) {
                    continue;
                }
                int colon = dep.indexOf(':');
                dependencies.add(new GemDependency(colon < 0 ? dep.strip() : dep.substring(0, colon).strip(),
                        colon < 0 ? GemRequirement.ANY : GemRequirement.parse(dep.substring(colon + 1), "&"), true));
            }
            Optional<String> sha256 = Optional.empty();
            GemRequirement ruby = GemRequirement.ANY;
            GemRequirement rubygems = GemRequirement.ANY;
            for (String req : reqs.split(",")) {
                int colon = req.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = req.substring(0, colon).strip();
                String value = req.substring(colon + 1).strip();
                switch (key) {
                    case "checksum" -> sha256 = Optional.of(value);
                    case "ruby" -> ruby = GemRequirement.parse(value, "&");
                    case "rubygems" -> rubygems = GemRequirement.parse(value, "&");
                    default -> {
                        // Keys a newer index adds are not needed here.
                    }
                }
            }
            return Optional.of(new InfoLine(version, platform, dependencies, sha256, ruby, rubygems));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static List<InfoLine> parseAll(String text) {
        return text.lines().map(InfoLine::parse).flatMap(Optional::stream).toList();
    }

    /** The spec an index line tells, for a quick spec when nothing more is known. */
    public GemSpec asSpec(String name) {
        return new GemSpec(name, version, platform, null, null, List.of(), null, List.of(), dependencies, requiredRuby,
                requiredRubygems);
    }
}
