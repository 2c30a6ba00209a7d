package org.openwtp.core.commerce.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * What to list: every filter is optional and they combine with AND. Results come in creation order (by id).
 *
 * @param pavilionId    only products of this pavilion
 * @param text          case-insensitive substring of the title or description (1 to 100 characters)
 * @param hsChapter     only this two-digit HS chapter, e.g. {@code 04}
 * @param sellerId      only this seller's products
 * @param publishedOnly whether to leave out products waiting for certificates
 */
public record ProductQuery(Optional<String> pavilionId, Optional<String> text, Optional<String> hsChapter,
                           Optional<String> sellerId, boolean publishedOnly) {

    /** Validates. */
    public ProductQuery {
        Objects.requireNonNull(pavilionId, "pavilionId must not be null");
        Objects.requireNonNull(text, "text must not be null");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > 100) {
            throw new IllegalArgumentException("q must be at most 100 characters");
        }
        Objects.requireNonNull(hsChapter, "hsChapter must not be null");
        if (hsChapter.isPresent() && !hsChapter.get().matches("[0-9]{2}")) {
            throw new IllegalArgumentException("hsChapter must be two digits, e.g. 04, was '" + hsChapter.get() + "'");
        }
        Objects.requireNonNull(sellerId, "sellerId must not be null");
    }

    /** @return every published product */
    public static ProductQuery published() {
        return new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
    }
}
