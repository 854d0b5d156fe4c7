package dev.packyard.service.paging;

import dev.packyard.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged service listing. */
public final class Pages {
    /** A guard against a token that never ends; far beyond any real catalogue. */
    private static final int MAX_PAGES = 10_000;

    private Pages() {
    }

    public static <T> List<T> all(Function<String, Page<T>> fetch) {
        List<T> items = new ArrayList<>();
        String token = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            Page<T> page = fetch.apply(token);
            items.addAll(page.items());
            if (page.nextToken().isEmpty()) {
                return items;
            }
            token = page.nextToken().get();
        }
        throw new IllegalStateException("a listing did not end after " + MAX_PAGES + " pages");
    }
}
