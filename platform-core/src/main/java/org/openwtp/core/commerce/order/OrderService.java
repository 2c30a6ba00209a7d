package org.openwtp.core.commerce.order;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.statement.StatementException;
import org.openwtp.core.commerce.Ids;
import org.openwtp.core.commerce.order.internal.OrderDao;
import org.openwtp.core.commerce.order.internal.ShippingDetails;
import org.openwtp.core.commerce.order.internal.StockDao;
import org.openwtp.core.commerce.payment.PaymentService;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiJson;
import org.openwtp.core.http.FieldError;
import org.openwtp.core.http.Page;
import org.openwtp.core.http.PageRequest;
import org.openwtp.core.plugin.PluginExtensions;
import org.openwtp.core.store.Storage;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentProvider;

/**
 * Places, reads, lists, cancels and completes orders. Placement is idempotent per (tenant, caller,
 * Idempotency-Key): the first request stores the order, its lines, the stock reservations (conditional
 * decrements, so concurrent buyers never oversell), the payment and the {@code order.created} event in one
 * transaction; the authorization is then asked for outside it and its outcome applied; the answer is stored
 * and replayed to any repeat with the same body. A repeat with another body is refused. Thread-safe.
 */
public final class OrderService {

    private final Storage storage;
    private final Clock clock;
    private final QuoteSource quotes;
    private final PluginExtensions extensions;
    private final PaymentService payments;
    private final OrderLedger ledger;

    /**
     * @param storage    the database
     * @param clock      the clock
     * @param quotes     the stored quotes
     * @param extensions the tenant-aware plugin lookup
     * @param payments   the payment service
     * @param ledger     order status changes
     */
    @Inject
    public OrderService(Storage storage, Clock clock, QuoteSource quotes, PluginExtensions extensions, PaymentService payments,
                        OrderLedger ledger) {
        this.storage = Objects.requireNonNull(storage, "storage must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.quotes = Objects.requireNonNull(quotes, "quotes must not be null");
        this.extensions = Objects.requireNonNull(extensions, "extensions must not be null");
        this.payments = Objects.requireNonNull(payments, "payments must not be null");
        this.ledger = Objects.requireNonNull(ledger, "ledger must not be null");
    }

    /**
     * The stored answer of a placement, replayed byte for byte to repeats.
     *
     * @param status  HTTP status
     * @param body    JSON body (an {@link OrderView})
     * @param orderId the order
     */
    public record Placement(int status, String body, String orderId) {
    }

    /**
     * Places an order from a quote, or replays the answer of an earlier request with the same key.
     *
     * @param tenant         the tenant
     * @param principal      the caller (the key scope)
     * @param idempotencyKey the caller's Idempotency-Key
     * @param request        the body
     * @return the answer
     * @throws ApiException validation, {@code idempotency_key_reused}, {@code idempotent_request_in_progress},
     *                      {@code quote_not_found}, {@code quote_expired}, {@code out_of_stock},
     *                      {@code payment_provider_unavailable}
     */
    public Placement place(TenantId tenant, String principal, String idempotencyKey, PlaceOrderRequest request) {
        validate(request);
        String hash = hash(request);
        Optional<Placement> replay = storage.withHandle(h -> replay(h, tenant, principal, idempotencyKey, hash));
        if (replay.isPresent()) {
            return replay.get();
        }
        OrderableQuote quote = quotes.findValid(tenant, request.quoteId());
        Instant now = clock.instant();
        if (!quote.expiresAt().isAfter(now)) {
            throw new ApiException(CommerceErrors.QUOTE_EXPIRED, "quote " + quote.quoteId() + " expired at " + quote.expiresAt()
                    + "; ask for a new quote");
        }
        OrderableQuote.Option option = quote.option(request.optionId()).orElseThrow(() -> ApiException.invalidField("optionId",
                "invalid", "quote " + quote.quoteId() + " has no option '" + request.optionId() + "'; options: "
                        + quote.options().stream().map(OrderableQuote.Option::optionId).toList()));
        String provider = request.paymentMethod().provider();
        if (extensions.forTenant(tenant, PaymentProvider.class, provider).isEmpty()) {
            throw new ApiException(CommerceErrors.PAYMENT_PROVIDER_UNAVAILABLE, "payment provider '" + provider
                    + "' is not enabled for this marketplace; use one the tenant enabled");
        }
        String buyerId = request.buyerId() == null || request.buyerId().isBlank() ? principal : request.buyerId();
        String orderId = Ids.next("ord", now);
        Money total = option.total();
        try {
            Optional<Placement> raced = storage.inTransaction(h -> {
                Optional<Placement> again = replay(h, tenant, principal, idempotencyKey, hash);
                if (again.isPresent()) {
                    return again;
                }
                OrderDao.insertRequest(h, tenant, principal, idempotencyKey, hash, orderId, now);
                OrderDao.insert(h, new OrderRecord(tenant, orderId, quote.quoteId(), option.optionId(), buyerId, quote.sellerId(),
                        OrderStatus.CREATED, total.currency().code(), option.goods().minorUnits(), option.shipping().minorUnits(),
                        option.duties().minorUnits(), option.taxes().minorUnits(), total.minorUnits(), provider,
                        request.paymentMethod().type().name(), option.carrierPluginId(), option.serviceCode(), option.incoterm().name(),
                        new ShippingDetails(quote.shipFrom(), quote.shipTo(), option.parcels(), option.customsItems(), option.category()).toJson(),
                        false, 1, now, now));
                int lineNo = 0;
                for (OrderableQuote.Line line : quote.lines()) {
                    if (!ledger.reserveStock(h, tenant, line.productId(), line.quantity())) {
                        int left = StockDao.available(h, tenant, line.productId());
                        throw new ApiException(CommerceErrors.OUT_OF_STOCK, left < 0
                                ? "product " + line.productId() + " is no longer listed"
                                : "product " + line.productId() + " has " + left + " left, the order needs " + line.quantity());
                    }
                    OrderDao.insertLine(h, tenant, orderId, new OrderDao.LineRow(++lineNo, line.productId(), line.title(), line.quantity(),
                            line.unitPrice().minorUnits()));
                }
                payments.open(h, tenant, orderId, provider, request.paymentMethod().type().name(), total);
                OrderRecord created = OrderDao.find(h, tenant, orderId).orElseThrow();
                ledger.record(h, created, OrderStatus.CREATED.eventType(), Map.of("quoteId", quote.quoteId()));
                return Optional.<Placement>empty();
            });
            if (raced.isPresent()) {
                return raced.get();
            }
        } catch (StatementException e) {
            if (isUniqueViolation(e)) {
                return storage.withHandle(h -> replay(h, tenant, principal, idempotencyKey, hash)).orElseThrow(() -> e);
            }
            throw e;
        }
        payments.authorize(tenant, orderId, new PaymentMethod(request.paymentMethod().type(), request.paymentMethod().details()), buyerId);
        return storage.inTransaction(h -> {
            Optional<Placement> stored = replay(h, tenant, principal, idempotencyKey, hash);
            if (stored.isPresent()) {
                return stored.get();
            }
            String body = OrderLedger.json(OrderLedger.view(h, tenant, orderId).orElseThrow());
            OrderDao.completeRequest(h, tenant, orderId, 201, body);
            return new Placement(201, body, orderId);
        });
    }

    private static Optional<Placement> replay(org.jdbi.v3.core.Handle h, TenantId tenant, String principal, String key, String hash) {
        Optional<OrderDao.RequestRow> row = OrderDao.request(h, tenant, principal, key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        OrderDao.RequestRow r = row.get();
        if (!r.requestHash().equals(hash)) {
            throw new ApiException(CommerceErrors.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with another request body;"
                    + " send the same body to get the same order, or use a new key for a new order");
        }
        if (!r.state().equals("DONE")) {
            throw new ApiException(CommerceErrors.IDEMPOTENT_REQUEST_IN_PROGRESS, "the first request with this Idempotency-Key"
                    + " (order " + r.orderId() + ") is still being processed; repeat it shortly").withHeader("Retry-After", "2");
        }
        return Optional.of(new Placement(r.responseStatus(), r.responseBody(), r.orderId()));
    }

    private static boolean isUniqueViolation(StatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed")
                    || String.valueOf(sql.getMessage()).contains("PRIMARY KEY"))) {
                return true;
            }
        }
        return false;
    }

    private static void validate(PlaceOrderRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.quoteId() == null || r.quoteId().isBlank() || r.quoteId().length() > 64) {
            errors.add(FieldError.required("quoteId", "quoteId is required: the id of a stored quote (at most 64 characters)"));
        }
        if (r.optionId() == null || r.optionId().isBlank() || r.optionId().length() > 64) {
            errors.add(FieldError.required("optionId", "optionId is required: the id of one of the quote's carrier options"));
        }
        if (r.paymentMethod() == null) {
            errors.add(FieldError.required("paymentMethod", "paymentMethod is required: {provider, type, details}"));
        } else {
            if (r.paymentMethod().provider() == null || !r.paymentMethod().provider().matches("[a-z0-9][a-z0-9._-]{0,99}")) {
                errors.add(FieldError.required("paymentMethod.provider", "paymentMethod.provider is required: the payment plugin id"));
            }
            if (r.paymentMethod().type() == null) {
                errors.add(FieldError.required("paymentMethod.type", "paymentMethod.type is required: CARD, BANK_TRANSFER, ESCROW or WALLET"));
            }
            if (r.paymentMethod().details().size() > 20 || r.paymentMethod().details().entrySet().stream()
                    .anyMatch(e -> e.getKey().length() > 64 || e.getValue() == null || e.getValue().length() > 200)) {
                errors.add(FieldError.invalid("paymentMethod.details", "at most 20 details, names up to 64 and values up to 200 characters"));
            }
        }
        if (r.buyerId() != null && r.buyerId().length() > 200) {
            errors.add(new FieldError("buyerId", "too_long", "buyerId must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** SHA-256 over a canonical form of the body (keys sorted), so key order and whitespace do not matter. */
    static String hash(PlaceOrderRequest r) {
        ObjectNode node = ApiJson.mapper().createObjectNode();
        node.put("quoteId", r.quoteId());
        node.put("optionId", r.optionId());
        node.put("buyerId", r.buyerId() == null ? "" : r.buyerId());
        node.put("provider", r.paymentMethod().provider());
        node.put("type", r.paymentMethod().type().name());
        ObjectNode details = node.putObject("details");
        new TreeMap<>(r.paymentMethod().details()).forEach(details::put);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(node.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One order.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return it
     * @throws ApiException 404 when the tenant has no such order (also when another tenant has)
     */
    public OrderView get(TenantId tenant, String orderId) {
        return storage.withHandle(h -> OrderLedger.view(h, tenant, orderId)).orElseThrow(() -> ApiException.notFound("order", orderId));
    }

    /**
     * Orders, oldest first, one page at a time.
     *
     * @param tenant the tenant
     * @param page   the page asked for
     * @param buyer  only this buyer's
     * @param status only in this status
     * @return the page
     */
    public Page<OrderView> list(TenantId tenant, PageRequest page, Optional<String> buyer, Optional<OrderStatus> status) {
        return list(tenant, page, Optional.empty(), buyer, status);
    }

    /**
     * Orders, oldest first, one page at a time.
     *
     * @param tenant the tenant
     * @param page   the page asked for
     * @param seller only this seller's
     * @param buyer  only this buyer's
     * @param status only in this status
     * @return the page
     */
    public Page<OrderView> list(TenantId tenant, PageRequest page, Optional<String> seller, Optional<String> buyer,
                                Optional<OrderStatus> status) {
        return storage.withHandle(h -> {
            List<OrderRecord> rows = OrderDao.page(h, tenant, seller, buyer, status, page.cursor(), page.limit() + 1);
            List<OrderView> views = new ArrayList<>();
            for (OrderRecord r : rows) {
                views.add(OrderLedger.view(h, r));
            }
            return Page.of(views, page, OrderView::id);
        });
    }

    /**
     * Cancels an order that was not captured: releases its stock, voids the authorization. Cancelling a
     * cancelled order changes nothing.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @param reason  why, recorded in the event
     * @return the order afterwards
     * @throws ApiException 409 {@code illegal_transition} after capture (refund instead)
     */
    public OrderView cancel(TenantId tenant, String orderId, String reason) {
        Optional<String> voidTx = storage.inTransaction(h -> {
            OrderRecord order = ledger.lock(h, tenant, orderId);
            if (!ledger.moveTo(h, order, OrderStatus.CANCELLED, Map.of("reason", reason == null ? "" : reason))) {
                return Optional.<String>empty();
            }
            return payments.requestVoid(h, tenant, orderId);
        });
        voidTx.ifPresent(id -> payments.perform(tenant, id));
        return get(tenant, orderId);
    }

    /**
     * Closes a delivered order.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the order afterwards
     */
    public OrderView complete(TenantId tenant, String orderId) {
        storage.useTransaction(h -> ledger.moveTo(h, ledger.lock(h, tenant, orderId), OrderStatus.COMPLETED, Map.of()));
        return get(tenant, orderId);
    }

    /**
     * Records that the buyer disputes an order (an escrow freezes the release); no status change.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @param reason  the buyer's reason
     * @return the order
     */
    public OrderView dispute(TenantId tenant, String orderId, String reason) {
        storage.useTransaction(h -> ledger.record(h, ledger.lock(h, tenant, orderId), "order.disputed",
                Map.of("reason", reason == null ? "" : reason)));
        return get(tenant, orderId);
    }

    /**
     * The order's events, in order.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return type and time of each event
     */
    public List<Map<String, String>> history(TenantId tenant, String orderId) {
        get(tenant, orderId);
        return storage.withHandle(h -> h.createQuery("""
                        SELECT event_id, event_type, sequence_no, occurred_at FROM outbox_events
                        WHERE tenant_id = :t AND aggregate_type = 'order' AND aggregate_id = :o ORDER BY sequence_no""")
                .bind("t", tenant.value()).bind("o", orderId)
                .map((rs, ctx) -> Map.of("eventId", rs.getString("event_id"), "type", rs.getString("event_type"),
                        "sequence", Integer.toString(rs.getInt("sequence_no")),
                        "occurredAt", Instant.ofEpochMilli(rs.getLong("occurred_at")).toString()))
                .list());
    }
}
