package org.openwtp.core.tenant;

import java.util.Objects;

/**
 * A secret sealed with a master key.
 *
 * @param keyId      the id of the master key that sealed it
 * @param ciphertext base64 of nonce (12 bytes) || AES-GCM ciphertext || tag (16 bytes)
 */
public record EncryptedValue(String keyId, String ciphertext) {

    /** Validates the value. */
    public EncryptedValue {
        Objects.requireNonNull(keyId, "keyId must not be null");
        Objects.requireNonNull(ciphertext, "ciphertext must not be null");
    }
}
