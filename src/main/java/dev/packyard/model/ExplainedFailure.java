package dev.packyard.model;

/**
 * A failure whose message already tells the person what happened and what to do ("Upstream unavailable: …",
 * "… is not in app"), so a window or a client shows it as it is instead of a generic apology.
 */
public interface ExplainedFailure {
}
