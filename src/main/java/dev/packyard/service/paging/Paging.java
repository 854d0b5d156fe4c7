package dev.packyard.service.paging;

import dev.packyard.model.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns a store result fetched with limit + 1 into a page whose token exists only when more items do. */
public final class Paging {
    private Paging() {
    }

    public static <T> Page<T> page(List<T> fetchedWithOneExtra, int limit, Function<T, String> tokenOfLast) {
        if (fetchedWithOneExtra.size() <= limit) {
            return new Page<>(fetchedWithOneExtra, Optional.empty());
        }
        List<T> items = fetchedWithOneExtra.subList(0, limit);
        return new Page<>(items, Optional.of(tokenOfLast.apply(items.get(limit - 1))));
    }
}
