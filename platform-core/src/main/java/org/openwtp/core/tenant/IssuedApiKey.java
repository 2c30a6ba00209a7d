package org.openwtp.core.tenant;

import java.util.Objects;

/**
 * A key just issued, with its secret: the only time the raw key exists outside the client. Show it once,
 * never store or log it. {@link #toString()} masks it.
 *
 * @param key    what is stored about it
 * @param rawKey the full key to hand to the client, {@code owtp_<keyId>_<secret>}
 */
public record IssuedApiKey(ApiKey key, String rawKey) {

    /** Validates the issued key. */
    public IssuedApiKey {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(rawKey, "rawKey must not be null");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + ", rawKey=owtp_" + key.keyId() + "_****]";
    }
}
