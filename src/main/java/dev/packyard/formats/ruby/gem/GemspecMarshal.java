package dev.packyard.formats.ruby.gem;

import dev.packyard.formats.ruby.gem.RubyMarshal.RObject;
import dev.packyard.formats.ruby.gem.RubyMarshal.Symbol;
import dev.packyard.formats.ruby.gem.RubyMarshal.UserDump;
import dev.packyard.formats.ruby.gem.RubyMarshal.UserMarshal;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

/**
 * The quick spec RubyGems fetches before it downloads a gem ({@code quick/Marshal.4.8/NAME-VERSION.gemspec.rz}): a
 * Gem::Specification as its {@code _dump} writes it (the nineteen fields of specification version 4, in their
 * order), zlib-deflated. The date is left nil, which RubyGems reads as today.
 */
public final class GemspecMarshal {
    private static final String RUBYGEMS_VERSION = "3.3.15";
    private static final int SPECIFICATION_VERSION = 4;

    private GemspecMarshal() {
    }

    public static byte[] rz(GemSpec spec) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(bytes)) {
            deflate.write(marshal(spec));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Deflating into memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    public static byte[] marshal(GemSpec spec) {
        List<Object> fields = new ArrayList<>();
        fields.add(RUBYGEMS_VERSION);
        fields.add(SPECIFICATION_VERSION);
        fields.add(spec.name());
        fields.add(version(spec.version()));
        fields.add(null);
        fields.add(spec.summary() == null ? "" : spec.summary());
        fields.add(requirement(spec.requiredRuby()));
        fields.add(requirement(spec.requiredRubygems()));
        fields.add(spec.platform());
        fields.add(spec.dependencies().stream().map(GemspecMarshal::dependency).toList());
        fields.add("");
        fields.add(null);
        fields.add(List.copyOf(spec.authors()));
        fields.add(spec.description());
        fields.add(spec.homepage());
        fields.add(true);
        fields.add(spec.platform());
        fields.add(List.copyOf(spec.licenses()));
        fields.add(Map.of());
        return RubyMarshal.dump(new UserDump("Gem::Specification", RubyMarshal.dump(fields)));
    }

    static Object version(String version) {
        return new UserMarshal("Gem::Version", List.of(version));
    }

    static Object requirement(GemRequirement requirement) {
        return new UserMarshal("Gem::Requirement", List.of(requirement.constraints().stream()
                .map(c -> List.of(c.operator(), version(c.version()))).toList()));
    }

    private static Object dependency(GemDependency dependency) {
        Map<String, Object> ivars = new LinkedHashMap<>();
        ivars.put("name", dependency.name());
        ivars.put("requirement", requirement(dependency.requirement()));
        ivars.put("type", new Symbol(dependency.runtime() ? "runtime" : "development"));
        ivars.put("prerelease", false);
        return new RObject("Gem::Dependency", ivars);
    }
}
