package dev.packyard.formats.nuget.http;

import dev.packyard.formats.nuget.NugetVersion;
import dev.packyard.server.packages.BadRequestException;
import dev.packyard.server.packages.RequestPaths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The path below a NuGet endpoint, as decoded segments, with the id and version rules the protocol uses. */
record NugetPath(List<String> segments) {
    static NugetPath parse(String rawPath) {
        return new NugetPath(Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(RequestPaths::decode).toList());
    }

    int size() {
        return segments.size();
    }

    String get(int i) {
        return segments.get(i);
    }

    boolean startsWith(String... prefix) {
        if (segments.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!segments.get(i).equalsIgnoreCase(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** A package id in a request, as NuGet compares ids: without regard to case. */
    static String id(String segment) {
        if (segment.isBlank() || segment.length() > 100) {
            throw new BadRequestException("'" + segment + "' is not a NuGet package id (1 to 100 characters)");
        }
        return segment.toLowerCase(Locale.ROOT);
    }

    /** A version in a request, normalised; a 400 that says what NuGet accepts when it is none. */
    static String version(String segment) {
        try {
            return NugetVersion.normalise(segment);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
