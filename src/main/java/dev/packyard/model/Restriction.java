package dev.packyard.model;

import java.util.Optional;

/** ALLOW or BLOCK, as used by package origin controls. */
public enum Restriction {
    ALLOW,
    BLOCK;

    public static Optional<Restriction> parse(String s) {
        for (Restriction r : values()) {
            if (r.name().equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
