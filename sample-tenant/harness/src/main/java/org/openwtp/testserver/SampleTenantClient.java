package org.openwtp.testserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.core.fixture.ImportReport;

/**
 * An HTTP client of the test server that already holds the sample tenant's keys: {@link #admin()} (the
 * tenant admin), {@link #seller()} (the seller {@code altai-honey} of the Russian pavilion),
 * {@link #storefront()}, any fixture key by name ({@link #as(String)}), the host admin
 * ({@link #hostAdmin()}) and no credential ({@link #anonymous()}). Also the ids the fixture's sellers and
 * products got ({@link #sellerId(String)}, {@link #productId(String)}). Thread-safe.
 */
public final class SampleTenantClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUri;
    private final String hostAdminToken;
    private final ImportReport report;
    private final Map<String, String> keys = new LinkedHashMap<>();

    SampleTenantClient(URI baseUri, String hostAdminToken, ImportReport report) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri must not be null");
        this.hostAdminToken = Objects.requireNonNull(hostAdminToken, "hostAdminToken must not be null");
        this.report = Objects.requireNonNull(report, "report must not be null");
        report.keys().forEach(k -> keys.put(k.name(), k.rawKey()));
    }

    /** @return the server's base URI, e.g. {@code http://127.0.0.1:40123/} */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the sample tenant's slug */
    public String tenant() {
        return report.tenant().value();
    }

    /** @return the sample tenant's raw keys by fixture name */
    public Map<String, String> keys() {
        return Map.copyOf(keys);
    }

    /** @return what the sample tenant's import created */
    public ImportReport importReport() {
        return report;
    }

    /** @return a client acting as the tenant admin (TENANT_ADMIN) */
    public ApiClient admin() {
        return as("admin");
    }

    /** @return a client acting as the seller {@code altai-honey} (SELLER, Russian pavilion) */
    public ApiClient seller() {
        return as("seller");
    }

    /** @return a client acting as the storefront (STOREFRONT) */
    public ApiClient storefront() {
        return as("storefront");
    }

    /**
     * @param keyName a key name of the fixture, e.g. {@code seller-shenzhen-audio}
     * @return a client acting with that key
     */
    public ApiClient as(String keyName) {
        String key = keys.get(keyName);
        if (key == null) {
            throw new IllegalArgumentException("the sample tenant has no key '" + keyName + "'; it has " + keys.keySet());
        }
        return withBearer(key);
    }

    /**
     * @param bearer any credential (e.g. a key the test issued)
     * @return a client sending it
     */
    public ApiClient withBearer(String bearer) {
        return new ApiClient(http, baseUri, Optional.of(bearer));
    }

    /** @return a client with the host admin token, for {@code /admin} */
    public ApiClient hostAdmin() {
        return withBearer(hostAdminToken);
    }

    /** @return a client sending no credential */
    public ApiClient anonymous() {
        return new ApiClient(http, baseUri, Optional.empty());
    }

    /**
     * @param ref a seller's fixture ref, e.g. {@code altai-honey}
     * @return its id ({@code sel_...})
     */
    public String sellerId(String ref) {
        return report.sellers().stream().filter(i -> i.ref().equals(ref)).map(ImportReport.Item::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the sample tenant has no seller '" + ref + "'"));
    }

    /**
     * @param ref a product's fixture ref, e.g. {@code buckwheat-honey}
     * @return its id ({@code prd_...})
     */
    public String productId(String ref) {
        return report.products().stream().filter(i -> i.ref().equals(ref)).map(ImportReport.Item::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the sample tenant has no product '" + ref + "'"));
    }
}
