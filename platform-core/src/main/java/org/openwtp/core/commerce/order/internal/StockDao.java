package org.openwtp.core.commerce.order.internal;

import org.jdbi.v3.core.Handle;
import org.openwtp.sdk.context.TenantId;

/**
 * Stock of the catalog's products, changed only by conditional updates on the caller's transaction so that
 * concurrent orders never oversell: a decrement happens only while enough stock is left, whatever the
 * interleaving (the row update is atomic on SQLite and PostgreSQL alike). Stateless.
 */
public final class StockDao {

    /** The catalog's products table and its columns (owned by the catalog feature's migrations). */
    static final String TABLE = "products";
    static final String ID = "product_id";
    static final String STOCK = "stock";

    private StockDao() {
    }

    /**
     * Takes {@code quantity} from a product's stock if that much is left.
     *
     * @return true if reserved, false if the product has less (or does not exist for the tenant)
     */
    public static boolean reserve(Handle h, TenantId tenant, String productId, int quantity) {
        return h.createUpdate("UPDATE " + TABLE + " SET " + STOCK + " = " + STOCK + " - :q WHERE tenant_id = :t AND " + ID
                        + " = :p AND " + STOCK + " >= :q")
                .bind("q", quantity).bind("t", tenant.value()).bind("p", productId).execute() == 1;
    }

    /** Gives reserved stock back. */
    public static void release(Handle h, TenantId tenant, String productId, int quantity) {
        h.createUpdate("UPDATE " + TABLE + " SET " + STOCK + " = " + STOCK + " + :q WHERE tenant_id = :t AND " + ID + " = :p")
                .bind("q", quantity).bind("t", tenant.value()).bind("p", productId).execute();
    }

    /** The stock left, or -1 if the tenant has no such product. */
    public static int available(Handle h, TenantId tenant, String productId) {
        return h.createQuery("SELECT " + STOCK + " FROM " + TABLE + " WHERE tenant_id = :t AND " + ID + " = :p")
                .bind("t", tenant.value()).bind("p", productId).mapTo(Integer.class).findOne().orElse(-1);
    }
}
