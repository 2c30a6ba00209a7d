package org.openwtp.core.http;

import java.util.Optional;

/**
 * Maps a tenant API key (the bearer token of a request) to the principal it stands for. The tenant
 * feature implements it over its hashed keys and binds it with
 * {@code OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().to(...)}; until
 * then every tenant key is refused. The host admin token is checked by the HTTP layer itself.
 * Implementations are thread-safe and fast (called on every authenticated request).
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param bearerToken the token exactly as presented
     * @return the principal, or empty when the key is unknown, revoked, expired or its tenant suspended
     *         (the caller gets 401 without learning which)
     */
    Optional<Principal> authenticate(String bearerToken);
}
