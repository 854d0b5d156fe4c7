package dev.packyard.demo.common;

import java.util.List;
import java.util.SortedSet;

/** One public registry imitated by the demo: npm, PyPI or a Maven repository. */
public interface FormatRegistry {
    /** Answers a GET (or HEAD) below this registry's base URL. */
    DemoResponse handle(DemoRequest request);

    /** Generates and lists the next patch version of {@code packageName}; returns that version. */
    String publishNextVersion(String packageName);

    SortedSet<String> packageNames();

    /** Versions of {@code packageName} in ascending order, empty if unknown. */
    List<String> versions(String packageName);
}
