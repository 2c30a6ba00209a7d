package org.openwtp.sdk.pavilion;

import java.util.Objects;

/**
 * A document an order needs before or when it ships.
 *
 * @param type        the document
 * @param description what exactly, e.g. {@code certificate of origin form CT-1 from the Chamber of Commerce}
 * @param reason      why it is needed, e.g. {@code HS 0409 exported from RU requires a veterinary certificate}
 */
public record RequiredDocument(DocumentType type, String description, String reason) {

    /**
     * Validates the requirement.
     *
     * @param type        the document
     * @param description what exactly, e.g. {@code certificate of origin form CT-1 from the Chamber of Commerce}
     * @param reason      why it is needed, e.g. {@code HS 0409 exported from RU requires a veterinary certificate}
     */
    public RequiredDocument {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
