package org.openwtp.core.tenant;

import java.util.Objects;
import java.util.Optional;

/** The outcome of {@link ApiKeyService#authenticate(String)}: a principal, or a typed refusal. */
public sealed interface AuthenticationResult {

    /**
     * The principal, when authenticated.
     *
     * @return the principal, or empty
     */
    Optional<ApiKeyPrincipal> principal();

    /**
     * The key is valid.
     *
     * @param who who the request acts as
     */
    record Authenticated(ApiKeyPrincipal who) implements AuthenticationResult {
        /** Validates the result. */
        public Authenticated {
            Objects.requireNonNull(who, "principal must not be null");
        }

        @Override
        public Optional<ApiKeyPrincipal> principal() {
            return Optional.of(who);
        }
    }

    /**
     * The key is refused.
     *
     * @param failure why
     */
    record Rejected(AuthenticationFailure failure) implements AuthenticationResult {
        /** Validates the result. */
        public Rejected {
            Objects.requireNonNull(failure, "failure must not be null");
        }

        @Override
        public Optional<ApiKeyPrincipal> principal() {
            return Optional.empty();
        }
    }
}
