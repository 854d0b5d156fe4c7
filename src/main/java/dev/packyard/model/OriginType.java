package dev.packyard.model;

public enum OriginType {
    INTERNAL,
    EXTERNAL,
    UNKNOWN
}
