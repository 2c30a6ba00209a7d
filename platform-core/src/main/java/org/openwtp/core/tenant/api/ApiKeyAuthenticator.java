package org.openwtp.core.tenant.api;

import jakarta.inject.Inject;
import java.util.Optional;
import org.openwtp.core.http.Authenticator;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Role;
import org.openwtp.core.tenant.ApiKeyService;

/**
 * Authenticates tenant API keys against the stored hashes on every request, so a revoked or expired key or a
 * suspended tenant is refused at once. Thread-safe.
 */
final class ApiKeyAuthenticator implements Authenticator {

    private final ApiKeyService keys;

    @Inject
    ApiKeyAuthenticator(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Optional<Principal> authenticate(String bearerToken) {
        return keys.authenticate(bearerToken).principal()
                .map(p -> Principal.of(p.tenant(), Role.valueOf(p.role().name()), p.keyId()));
    }
}
