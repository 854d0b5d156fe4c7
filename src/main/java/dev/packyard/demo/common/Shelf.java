package dev.packyard.demo.common;

import dev.packyard.model.PackageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;

/**
 * The releases of one format's demo packages, by package name, oldest version first in the format's own version
 * order. Readers see a
 * consistent list per package while "publish a new upstream version" runs, because each list is replaced whole.
 */
public final class Shelf<R extends Release> {
    private final String formatName;
    private final Comparator<R> oldestFirst;
    private final ConcurrentMap<String, List<R>> releasesByName = new ConcurrentHashMap<>();

    public Shelf(String formatName, PackageFormat format) {
        this.formatName = formatName;
        this.oldestFirst = Comparator.comparing(Release::version, format.versionOrder());
    }

    public void add(String name, R release) {
        releasesByName.merge(name, List.of(release), this::sortedUnion);
    }

    public List<R> releases(String name) {
        return releasesByName.getOrDefault(name, List.of());
    }

    public Optional<R> release(String name, String version) {
        return releases(name).stream().filter(r -> r.version().equals(version)).findFirst();
    }

    public Optional<R> latest(String name) {
        List<R> releases = releases(name);
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
    }

    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(releasesByName.keySet()));
    }

    /**
     * Publishes the patch release after the newest one of {@code name}, built by {@code build} from the new
     * version number and the release it follows.
     */
    public R publishNext(String name, BiFunction<String, R, R> build) {
        List<R> updated = releasesByName.computeIfPresent(name, (key, current) -> {
            R newest = current.get(current.size() - 1);
            return sortedUnion(current, List.of(build.apply(DemoVersions.nextPatch(newest.version()), newest)));
        });
        if (updated == null) {
            throw new UnknownPackageException(formatName, name, names());
        }
        return updated.get(updated.size() - 1);
    }

    private List<R> sortedUnion(List<R> a, List<R> b) {
        List<R> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(oldestFirst);
        return List.copyOf(all);
    }
}
