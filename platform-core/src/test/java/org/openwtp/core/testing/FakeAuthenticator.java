package org.openwtp.core.testing;

import java.util.Map;
import java.util.Optional;
import org.openwtp.core.http.Authenticator;
import org.openwtp.core.http.Principal;
import org.openwtp.core.http.Role;
import org.openwtp.sdk.context.TenantId;

/** Two tenants, a and b, with a few keys. */
public final class FakeAuthenticator implements Authenticator {

    public static final String A_ADMIN = "key-a-admin";
    public static final String A_STOREFRONT = "key-a-storefront";
    public static final String A_SELLER = "key-a-seller";
    public static final String B_ADMIN = "key-b-admin";
    public static final String REVOKED = "key-a-revoked";

    private static final Map<String, Principal> KEYS = Map.of(
            A_ADMIN, Principal.of(TenantId.of("tenant-a"), Role.TENANT_ADMIN, "k1"),
            A_STOREFRONT, Principal.of(TenantId.of("tenant-a"), Role.STOREFRONT, "k2"),
            A_SELLER, Principal.of(TenantId.of("tenant-a"), Role.SELLER, "k3"),
            B_ADMIN, Principal.of(TenantId.of("tenant-b"), Role.TENANT_ADMIN, "k4"));

    @Override
    public Optional<Principal> authenticate(String bearerToken) {
        return Optional.ofNullable(KEYS.get(bearerToken));
    }
}
