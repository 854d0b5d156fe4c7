package dev.packyard.service.tags;

/** A resource tag: a key and a (possibly empty) value. */
public record Tag(String key, String value) {
}
