package org.openwtp.core.events.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openwtp.core.events.WebhookSubscription;
import org.openwtp.core.tenant.EncryptedValue;
import org.openwtp.sdk.context.TenantId;

/** Webhook subscriptions. Stateless; every method runs on the caller's handle and filters on the tenant. */
public final class SubscriptionDao {

    private SubscriptionDao() {
    }

    public static void insert(Handle h, TenantId tenant, WebhookSubscription s, EncryptedValue secret) {
        h.createUpdate("""
                        INSERT INTO webhook_subscriptions (tenant_id, subscription_id, url, event_types, secret_key_id, secret,
                                                           description, active, created_at)
                        VALUES (:t, :id, :url, :types, :kid, :secret, :desc, 1, :at)""")
                .bind("t", tenant.value()).bind("id", s.id()).bind("url", s.url()).bind("types", String.join(",", s.eventTypes()))
                .bind("kid", secret.keyId()).bind("secret", secret.ciphertext()).bind("desc", s.description())
                .bind("at", s.createdAt().toEpochMilli()).execute();
    }

    public static List<WebhookSubscription> active(Handle h, TenantId tenant) {
        return h.createQuery("SELECT * FROM webhook_subscriptions WHERE tenant_id = :t AND active = 1 ORDER BY subscription_id")
                .bind("t", tenant.value()).map((rs, ctx) -> map(rs)).list();
    }

    public static List<WebhookSubscription> page(Handle h, TenantId tenant, Optional<String> after, int limit) {
        return h.createQuery("""
                        SELECT * FROM webhook_subscriptions WHERE tenant_id = :t AND active = 1 AND subscription_id > :after
                        ORDER BY subscription_id LIMIT :n""")
                .bind("t", tenant.value()).bind("after", after.orElse("")).bind("n", limit).map((rs, ctx) -> map(rs)).list();
    }

    public static Optional<WebhookSubscription> find(Handle h, TenantId tenant, String id) {
        return h.createQuery("SELECT * FROM webhook_subscriptions WHERE tenant_id = :t AND subscription_id = :id AND active = 1")
                .bind("t", tenant.value()).bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    public static Optional<EncryptedValue> secret(Handle h, TenantId tenant, String id) {
        return h.createQuery("SELECT secret_key_id, secret FROM webhook_subscriptions WHERE tenant_id = :t AND subscription_id = :id AND active = 1")
                .bind("t", tenant.value()).bind("id", id)
                .map((rs, ctx) -> new EncryptedValue(rs.getString("secret_key_id"), rs.getString("secret"))).findOne();
    }

    /** Deactivates a subscription (rows stay for the delivery log); false if there was none. */
    public static boolean deactivate(Handle h, TenantId tenant, String id) {
        return h.createUpdate("UPDATE webhook_subscriptions SET active = 0 WHERE tenant_id = :t AND subscription_id = :id AND active = 1")
                .bind("t", tenant.value()).bind("id", id).execute() == 1;
    }

    private static WebhookSubscription map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WebhookSubscription(rs.getString("subscription_id"), rs.getString("url"),
                Arrays.asList(rs.getString("event_types").split(",")), rs.getString("description"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
