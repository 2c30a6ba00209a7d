package org.openwtp.core.http;

import java.util.List;

/**
 * One page of a list endpoint's answer. Immutable.
 *
 * @param items      the items of this page
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} items fetched: the extra item only tells that more exist.
     *
     * @param fetched     items fetched with limit + 1
     * @param request     the page request
     * @param positionOf  the position of an item, encoded into the cursor (e.g. its id)
     * @param <T>         the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, java.util.function.Function<T, String> positionOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(items, PageRequest.encodeCursor(positionOf.apply(items.get(items.size() - 1))));
    }
}
