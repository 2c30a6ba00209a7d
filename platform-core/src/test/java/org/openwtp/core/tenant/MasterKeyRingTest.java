package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterKeyRingTest {

    private final String key = MasterKeyRing.generateKey();

    @Test
    void sealsAndOpensBoundToItsContext() {
        MasterKeyRing ring = MasterKeyRing.of(key, List.of());
        EncryptedValue sealed = ring.encrypt("s3cret", "t/p/f");

        assertThat(sealed.keyId()).isEqualTo(ring.currentKeyId()).startsWith("mk-");
        assertThat(sealed.ciphertext()).doesNotContain("s3cret");
        assertThat(ring.decrypt(sealed, "t/p/f")).isEqualTo("s3cret");
        assertThat(ring.encrypt("s3cret", "t/p/f")).isNotEqualTo(sealed);
        assertThatThrownBy(() -> ring.decrypt(sealed, "other/p/f")).isInstanceOfSatisfying(TenantException.class,
                e -> assertThat(e.code()).isEqualTo(TenantException.Code.SECRETS_UNREADABLE));
    }

    @Test
    void previousKeysStillOpenOldValues() {
        EncryptedValue old = MasterKeyRing.of(key, List.of()).encrypt("v", "c");
        MasterKeyRing rotated = MasterKeyRing.fromSettings(Map.of(MasterKeyRing.MASTER_KEY, MasterKeyRing.generateKey(),
                MasterKeyRing.PREVIOUS_MASTER_KEYS, " " + key + " ,"));
        assertThat(rotated.keyIds()).hasSize(2).contains(old.keyId());
        assertThat(rotated.currentKeyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.decrypt(old, "c")).isEqualTo("v");
    }

    @Test
    void missingOrMalformedKeysAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> MasterKeyRing.fromSettings(Map.of())).hasMessageContaining("security.masterKey is not set");
        assertThatThrownBy(() -> MasterKeyRing.of("not base64!", List.of())).hasMessageContaining("security.masterKey must be base64");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterKeyRing.of(key, List.of(short16))).hasMessageContaining("security.previousMasterKeys")
                .hasMessageContaining("16 bytes");
    }

    @Test
    void toStringShowsIdsOnly() {
        assertThat(MasterKeyRing.of(key, List.of()).toString()).doesNotContain(key);
    }
}
