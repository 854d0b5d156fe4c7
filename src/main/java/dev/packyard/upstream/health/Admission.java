package dev.packyard.upstream.health;

/** How a request was let through: as an ordinary request, or as the probe that tests a registry in an outage. */
public enum Admission {
    REQUEST,
    PROBE
}
