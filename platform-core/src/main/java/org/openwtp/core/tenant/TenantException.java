package org.openwtp.core.tenant;

import java.util.List;
import java.util.Objects;

/**
 * A failure of a tenant operation that a client can see: a stable {@link Code} (with the HTTP-ish
 * {@link Kind} it maps to and a title), a detail message that says what to do, and the field errors, if
 * any. Immutable and thread-safe.
 */
public class TenantException extends RuntimeException {

    /** What kind of failure a code is, so the HTTP layer can choose a status without knowing every code. */
    public enum Kind {
        /** The request is wrong (400/422). */
        INVALID,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** The request conflicts with the current state (409). */
        CONFLICT,
        /** The server cannot serve it right now; an operator must act (503). */
        UNAVAILABLE
    }

    /** The stable codes of tenant failures. */
    public enum Code {
        /** The slug or display name of a new tenant is not accepted. */
        TENANT_INVALID(Kind.INVALID, "Tenant not accepted"),
        /** A tenant with that slug already exists. */
        TENANT_EXISTS(Kind.CONFLICT, "Tenant already exists"),
        /** No tenant with that slug. */
        TENANT_NOT_FOUND(Kind.NOT_FOUND, "Tenant not found"),
        /** An API key request (role, label, expiry) is not accepted. */
        API_KEY_INVALID(Kind.INVALID, "API key request not accepted"),
        /** No API key with that id in this tenant. */
        API_KEY_NOT_FOUND(Kind.NOT_FOUND, "API key not found"),
        /** No plugin with that id is loaded and started. */
        PLUGIN_NOT_AVAILABLE(Kind.NOT_FOUND, "Plugin not available"),
        /** The tenant has no configuration for that plugin. */
        PLUGIN_NOT_CONFIGURED(Kind.NOT_FOUND, "Plugin not configured for this tenant"),
        /** The plugin configuration has problems; see the field errors. */
        PLUGIN_CONFIG_INVALID(Kind.INVALID, "Plugin configuration not valid"),
        /** A stored secret cannot be decrypted with the configured master keys. */
        SECRETS_UNREADABLE(Kind.UNAVAILABLE, "Stored secrets cannot be decrypted");

        private final Kind kind;
        private final String title;

        Code(Kind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        /**
         * The kind of failure.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }

        /**
         * A short, stable human title.
         *
         * @return the title
         */
        public String title() {
            return title;
        }
    }

    private final Code code;
    private final List<FieldError> fieldErrors;

    /**
     * A failure without field errors.
     *
     * @param code   the stable code
     * @param detail what happened and what to do
     */
    public TenantException(Code code, String detail) {
        this(code, detail, List.of(), null);
    }

    /**
     * A failure.
     *
     * @param code        the stable code
     * @param detail      what happened and what to do
     * @param fieldErrors the fields at fault, may be empty
     * @param cause       the underlying failure, may be null
     */
    public TenantException(Code code, String detail, List<FieldError> fieldErrors, Throwable cause) {
        super(detail, cause);
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public Code code() {
        return code;
    }

    /**
     * Every field at fault.
     *
     * @return the field errors, empty when the failure is not about fields
     */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
