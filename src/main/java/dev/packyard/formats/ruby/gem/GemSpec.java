package dev.packyard.formats.ruby.gem;

import java.util.List;
import java.util.Objects;

/**
 * What Packyard reads of a gemspec: enough to list the gem in the compact index and the dependency API, to give
 * RubyGems its quick Marshal spec, and to describe the version. {@code platform} is {@code ruby} for a pure gem.
 */
public record GemSpec(String name, String version, String platform, String summary, String description,
                      List<String> authors, String homepage, List<String> licenses, List<GemDependency> dependencies,
                      GemRequirement requiredRuby, GemRequirement requiredRubygems) {
    public static final String RUBY = "ruby";

    public GemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        platform = platform == null || platform.isBlank() ? RUBY : platform;
        authors = List.copyOf(authors);
        licenses = List.copyOf(licenses);
        dependencies = List.copyOf(dependencies);
        requiredRuby = requiredRuby == null ? GemRequirement.ANY : requiredRuby;
        requiredRubygems = requiredRubygems == null ? GemRequirement.ANY : requiredRubygems;
    }

    public List<GemDependency> runtimeDependencies() {
        return dependencies.stream().filter(GemDependency::runtime).toList();
    }

    /** The file name RubyGems downloads: {@code NAME-VERSION.gem}, or {@code NAME-VERSION-PLATFORM.gem}. */
    public String fileName() {
        return GemFileName.of(name, version, platform);
    }
}
