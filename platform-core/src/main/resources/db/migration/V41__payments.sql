-- Payments (one per order) and every operation on them. Amounts: requested, authorised, captured and
-- refunded, in minor units of the order's currency.

CREATE TABLE payments (
    tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    payment_id         VARCHAR(40)  NOT NULL,
    order_id           VARCHAR(40)  NOT NULL,
    provider_plugin    VARCHAR(100) NOT NULL,
    provider_reference VARCHAR(200) NOT NULL,
    method_type        VARCHAR(20)  NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    amount             BIGINT       NOT NULL,
    authorized_amount  BIGINT       NOT NULL,
    captured_amount    BIGINT       NOT NULL,
    refunded_amount    BIGINT       NOT NULL,
    reason_code        VARCHAR(64),
    reason_message     VARCHAR(500),
    created_at         BIGINT       NOT NULL,
    updated_at         BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, payment_id)
);

CREATE UNIQUE INDEX payments_by_order ON payments (tenant_id, order_id);
CREATE INDEX payments_by_reference ON payments (tenant_id, provider_plugin, provider_reference);

-- Operations the core asked the provider for (or learnt about from a webhook: source WEBHOOK). A row is
-- written before the call (REQUESTED) under the idempotency key the provider sees, so a call whose answer
-- is lost is found again by the reconciler (PENDING, UNKNOWN, or REQUESTED for too long).
CREATE TABLE payment_transactions (
    tenant_id        VARCHAR(63)  NOT NULL,
    transaction_id   VARCHAR(40)  NOT NULL,
    payment_id       VARCHAR(40)  NOT NULL,
    tx_type          VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    amount           BIGINT       NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    source           VARCHAR(16)  NOT NULL,
    -- the refund reason sent to the provider, kept so a re-issued call is the same request
    note             VARCHAR(500) NOT NULL,
    reason_code      VARCHAR(64),
    reason_message   VARCHAR(500),
    matched_event_id VARCHAR(200),
    check_attempts   INTEGER      NOT NULL,
    next_check_at    BIGINT,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, transaction_id),
    FOREIGN KEY (tenant_id, payment_id) REFERENCES payments (tenant_id, payment_id) ON DELETE CASCADE
);

CREATE INDEX payment_transactions_by_payment ON payment_transactions (tenant_id, payment_id, created_at);
CREATE INDEX payment_transactions_to_check ON payment_transactions (status, next_check_at);

-- Verified provider webhook events, applied at most once: the key is (provider, provider reference,
-- event type, event id).
CREATE TABLE payment_events (
    tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    provider_plugin    VARCHAR(100) NOT NULL,
    provider_reference VARCHAR(200) NOT NULL,
    event_type         VARCHAR(32)  NOT NULL,
    event_id           VARCHAR(200) NOT NULL,
    payment_id         VARCHAR(40),
    amount             BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    outcome            VARCHAR(32)  NOT NULL,
    occurred_at        BIGINT       NOT NULL,
    received_at        BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, provider_plugin, provider_reference, event_type, event_id)
);
