package org.openwtp.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HostAdminCredentialTest {

    private static final String TOKEN = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdl";

    @Test
    void matchesOnlyTheConfiguredToken() {
        HostAdminCredential credential = HostAdminCredential.of(TOKEN);
        assertThat(credential.matches(TOKEN)).isTrue();
        assertThat(credential.matches(TOKEN + "x")).isFalse();
        assertThat(credential.matches("")).isFalse();
        assertThat(credential.matches(null)).isFalse();
        assertThat(credential.toString()).doesNotContain(TOKEN);
    }

    @Test
    void thereIsNoDefaultCredential() {
        assertThat(HostAdminCredential.fromSettings(Map.of())).isEmpty();
        assertThat(HostAdminCredential.fromSettings(Map.of(HostAdminCredential.SETTING, " "))).isEmpty();
        assertThat(HostAdminCredential.fromSettings(Map.of(HostAdminCredential.SETTING, TOKEN))).isPresent();
    }

    @Test
    void weakTokensAreRefused() {
        assertThatThrownBy(() -> HostAdminCredential.of("short")).hasMessageContaining("security.hostAdminToken must be at least 24");
        assertThatThrownBy(() -> HostAdminCredential.of("has whitespace in the middle of it")).hasMessageContaining("without whitespace");
    }
}
