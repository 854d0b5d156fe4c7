package dev.packyard.model;

import java.util.List;
import java.util.Optional;

/** One page of a listing and the token for the next page, present only when more items exist. */
public record Page<T>(List<T> items, Optional<String> nextToken) {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into another. */
    public <R> Page<R> map(java.util.function.Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextToken);
    }
}
