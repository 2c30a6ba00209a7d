package org.openwtp.core.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The host operator's credential for the admin API and CLI (create, suspend, delete tenants). It comes
 * from the setting {@value #SETTING} (environment {@code OPENWTP_SECURITY_HOST_ADMIN_TOKEN}); there is no default, and
 * a server started without one must refuse to start. Only a SHA-256 digest of the token is kept in memory and
 * {@link #matches} compares in constant time. Immutable and thread-safe.
 */
public final class HostAdminCredential {

    /** Setting name of the host admin token. Environment: {@code OPENWTP_SECURITY_HOST_ADMIN_TOKEN}. */
    public static final String SETTING = "security.hostAdminToken";

    /** The shortest token accepted. */
    public static final int MIN_LENGTH = 24;

    private final byte[] digest;

    private HostAdminCredential(byte[] digest) {
        this.digest = digest;
    }

    /**
     * A credential from a token the operator chose (for example {@code openssl rand -base64 32}).
     *
     * @param token at least {@value #MIN_LENGTH} characters without whitespace
     * @return the credential
     * @throws IllegalArgumentException if the token is too short or has whitespace
     */
    public static HostAdminCredential of(String token) {
        Objects.requireNonNull(token, SETTING + " must not be null");
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(SETTING + " must be at least " + MIN_LENGTH
                    + " characters without whitespace; generate one with: openssl rand -base64 32");
        }
        return new HostAdminCredential(sha256(token));
    }

    /**
     * Reads {@value #SETTING} from merged settings.
     *
     * @param settings setting names to values
     * @return the credential, or empty if the setting is absent or blank (the caller refuses to start)
     */
    public static Optional<HostAdminCredential> fromSettings(Map<String, String> settings) {
        String token = settings.get(SETTING);
        return token == null || token.isBlank() ? Optional.empty() : Optional.of(of(token.trim()));
    }

    /**
     * Whether a presented token is the host admin's, in constant time.
     *
     * @param presented the token from the request, may be null
     * @return true if it matches
     */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "HostAdminCredential[****]";
    }
}
