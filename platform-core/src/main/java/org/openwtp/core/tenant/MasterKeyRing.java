package org.openwtp.core.tenant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host master keys that encrypt tenants' secret plugin settings at rest with AES-256-GCM: one current
 * key that seals new values, and previous keys that still open values sealed before a rotation. Each key's
 * id is derived from the key itself ({@code mk-} and 12 hex digits of a SHA-256), stored beside every
 * ciphertext so rotation can proceed row by row. Keys come from the settings {@value #MASTER_KEY} and
 * {@value #PREVIOUS_MASTER_KEYS}; there is no default. Immutable and thread-safe; {@link #toString()} shows ids only.
 */
public final class MasterKeyRing {

    /** Setting: the current master key, base64 of 32 random bytes. Environment: {@code OPENWTP_SECURITY_MASTER_KEY}. */
    public static final String MASTER_KEY = "security.masterKey";
    /**
     * Setting: earlier master keys, base64, separated by commas, still used to decrypt.
     * Environment: {@code OPENWTP_SECURITY_PREVIOUS_MASTER_KEYS}.
     */
    public static final String PREVIOUS_MASTER_KEYS = "security.previousMasterKeys";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random = new SecureRandom();

    private MasterKeyRing(String currentKeyId, Map<String, SecretKey> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = keys;
    }

    /**
     * A ring from base64 keys.
     *
     * @param currentKey   base64 of 32 bytes; seals every new secret
     * @param previousKeys base64 of 32 bytes each; only decrypt
     * @return the ring
     * @throws IllegalArgumentException naming the setting whose value is not a base64 32-byte key
     */
    public static MasterKeyRing of(String currentKey, List<String> previousKeys) {
        Objects.requireNonNull(previousKeys, "previousKeys must not be null");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        SecretKey current = parse(MASTER_KEY, currentKey);
        String currentId = idOf(current);
        keys.put(currentId, current);
        for (String previous : previousKeys) {
            SecretKey key = parse(PREVIOUS_MASTER_KEYS, previous);
            keys.putIfAbsent(idOf(key), key);
        }
        return new MasterKeyRing(currentId, Map.copyOf(keys));
    }

    /**
     * Reads {@value #MASTER_KEY} and {@value #PREVIOUS_MASTER_KEYS} from merged settings.
     *
     * @param settings setting names to values
     * @return the ring
     * @throws IllegalArgumentException if the master key is missing or malformed
     */
    public static MasterKeyRing fromSettings(Map<String, String> settings) {
        String current = settings.get(MASTER_KEY);
        if (current == null || current.isBlank()) {
            throw new IllegalArgumentException(MASTER_KEY + " is not set: it encrypts tenants' plugin secrets; generate one with"
                    + " 'openssl rand -base64 32' and set it in the configuration file or OPENWTP_SECURITY_MASTER_KEY");
        }
        List<String> previous = new ArrayList<>();
        String raw = settings.getOrDefault(PREVIOUS_MASTER_KEYS, "");
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                previous.add(part.trim());
            }
        }
        return of(current.trim(), previous);
    }

    /**
     * A fresh random key in the format {@value #MASTER_KEY} expects, for tests and first-time setup.
     *
     * @return base64 of 32 random bytes
     */
    public static String generateKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * The id of the key that seals new values.
     *
     * @return e.g. {@code mk-3f2a9c0d1e4b}
     */
    public String currentKeyId() {
        return currentKeyId;
    }

    /**
     * The ids of every key that can decrypt.
     *
     * @return the ids
     */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /**
     * Seals a secret with the current key, bound to a context (such as tenant, plugin and field) so the
     * ciphertext cannot be moved to another place and still open.
     *
     * @param plaintext the secret
     * @param context   where the secret belongs
     * @return the sealed value
     */
    public EncryptedValue encrypt(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext must not be null");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new EncryptedValue(currentKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a sealed secret.
     *
     * @param value   the sealed value
     * @param context the context it was sealed with
     * @return the secret
     * @throws TenantException {@code SECRETS_UNREADABLE} if its key is not configured or the value was altered
     */
    public String decrypt(EncryptedValue value, String context) {
        SecretKey key = keys.get(value.keyId());
        if (key == null) {
            throw new TenantException(TenantException.Code.SECRETS_UNREADABLE, "a secret was encrypted with master key '"
                    + value.keyId() + "', which is not configured; add that key to " + PREVIOUS_MASTER_KEYS);
        }
        try {
            byte[] in = Base64.getDecoder().decode(value.ciphertext());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TenantException(TenantException.Code.SECRETS_UNREADABLE, "a secret sealed with master key '" + value.keyId()
                    + "' failed authentication: the stored value was altered or belongs elsewhere", List.of(), e);
        }
    }

    private static SecretKey parse(String setting, String base64) {
        Objects.requireNonNull(base64, setting + " must not be null");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " must be base64 of 32 random bytes (openssl rand -base64 32); it is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(setting + " must be base64 of 32 random bytes (openssl rand -base64 32); it decodes to "
                    + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String idOf(SecretKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("openwtp master key id\0".getBytes(StandardCharsets.UTF_8));
            return "mk-" + HexFormat.of().formatHex(sha.digest(key.getEncoded()), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKeyRing[current=" + currentKeyId + ", all=" + keys.keySet() + "]";
    }
}
