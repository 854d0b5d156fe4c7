package dev.packyard.model.groups;

/** A package group pattern that does not follow the grammar; the message says what is wrong and what would do. */
public final class InvalidPatternException extends IllegalArgumentException {
    public InvalidPatternException(String message) {
        super(message);
    }
}
