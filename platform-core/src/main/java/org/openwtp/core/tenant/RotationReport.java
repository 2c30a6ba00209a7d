package org.openwtp.core.tenant;

import java.util.Objects;

/**
 * What a master key rotation did.
 *
 * @param resealed     how many secrets were re-encrypted with the current key
 * @param currentKeyId the key every secret is now sealed with
 */
public record RotationReport(int resealed, String currentKeyId) {

    /** Validates the report. */
    public RotationReport {
        Objects.requireNonNull(currentKeyId, "currentKeyId must not be null");
    }
}
