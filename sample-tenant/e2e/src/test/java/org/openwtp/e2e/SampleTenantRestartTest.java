package org.openwtp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwtp.core.fixture.ImportReport;
import org.openwtp.testserver.OpenWtpTestServer;
import org.openwtp.testserver.SampleTenantClient;

/** Starting the server twice on one database installs the sample tenant once and prints the same keys. */
class SampleTenantRestartTest {

    @Test
    void startingTwiceNeverDuplicatesTheSeedData(@TempDir Path dir) {
        ImportReport first;
        String firstKeys;
        int firstProducts;
        try (OpenWtpTestServer server = OpenWtpTestServer.builder().workDir(dir).withoutPluginUnderTest().start()) {
            SampleTenantClient client = server.client();
            first = client.importReport();
            firstKeys = client.admin().get("/v1/api-keys").expectStatus(200).json().path("items").toString();
            firstProducts = client.storefront().get("/v1/products?limit=200").expectStatus(200).json().path("items").size();
        }
        assertThat(first.created()).isPositive();
        assertThat(first.tenantCreated()).isTrue();

        try (OpenWtpTestServer again = OpenWtpTestServer.builder().workDir(dir).withoutPluginUnderTest().start()) {
            SampleTenantClient client = again.client();
            ImportReport second = client.importReport();

            assertThat(second.created()).as("created on the second start: %s", second).isZero();
            assertThat(second.keys()).extracting(ImportReport.Key::rawKey)
                    .containsExactlyElementsOf(first.keys().stream().map(ImportReport.Key::rawKey).toList());
            assertThat(second.sellers()).extracting(ImportReport.Item::id)
                    .containsExactlyElementsOf(first.sellers().stream().map(ImportReport.Item::id).toList());
            assertThat(second.products()).extracting(ImportReport.Item::id)
                    .containsExactlyElementsOf(first.products().stream().map(ImportReport.Item::id).toList());
            assertThat(client.admin().get("/v1/api-keys").expectStatus(200).json().path("items").toString()).isEqualTo(firstKeys);
            assertThat(client.storefront().get("/v1/products?limit=200").expectStatus(200).json().path("items").size())
                    .isEqualTo(firstProducts);
            assertThat(client.hostAdmin().get("/admin/tenants").expectStatus(200).json().path("items").size()).isEqualTo(1);
        }
    }

    @Test
    void aKeyRevokedSinceTheLastStartIsReplacedAndTheOthersKept(@TempDir Path dir) {
        String revokedKeyId;
        ImportReport first;
        try (OpenWtpTestServer server = OpenWtpTestServer.builder().workDir(dir).withoutPluginUnderTest().start()) {
            first = server.client().importReport();
            revokedKeyId = first.keys().stream().filter(k -> k.name().equals("storefront")).findFirst().orElseThrow().keyId();
            server.client().admin().delete("/v1/api-keys/" + revokedKeyId).expectStatus(200, 204);
        }
        try (OpenWtpTestServer again = OpenWtpTestServer.builder().workDir(dir).withoutPluginUnderTest().start()) {
            ImportReport second = again.client().importReport();

            assertThat(second.keys()).filteredOn(ImportReport.Key::issued).extracting(ImportReport.Key::name).containsExactly("storefront");
            again.client().storefront().get("/v1/pavilions").expectStatus(200);
            assertThat(second.created()).isEqualTo(1);
        }
    }
}
