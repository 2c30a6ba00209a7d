package org.openwtp.core.admin;

import java.util.Objects;

/**
 * A key just issued: the only answer that carries the key itself. {@link #toString()} masks it.
 *
 * @param apiKey what is stored about the key
 * @param key    the full key for {@code Authorization: Bearer <key>}; shown once, never again
 */
public record IssuedApiKeyView(ApiKeyView apiKey, String key) {

    /** Validates the view. */
    public IssuedApiKeyView {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return "IssuedApiKeyView[apiKey=" + apiKey + ", key=****]";
    }
}
