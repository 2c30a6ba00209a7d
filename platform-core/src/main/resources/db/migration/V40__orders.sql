-- Orders placed from a stored quote, their lines (for stock release), and the Idempotency-Key records of
-- order placement. Plain SQL for SQLite and PostgreSQL: times are epoch milliseconds (BIGINT), amounts are
-- integer minor units (BIGINT) with an ISO 4217 code, flags are INTEGER 0/1, ids are application-generated
-- and time-ordered (so ordering by id is ordering by creation).

CREATE TABLE orders (
    tenant_id        VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    order_id         VARCHAR(40)  NOT NULL,
    quote_id         VARCHAR(64)  NOT NULL,
    option_id        VARCHAR(64)  NOT NULL,
    buyer_id         VARCHAR(200) NOT NULL,
    seller_id        VARCHAR(64)  NOT NULL,
    status           VARCHAR(24)  NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    goods_amount     BIGINT       NOT NULL,
    shipping_amount  BIGINT       NOT NULL,
    duties_amount    BIGINT       NOT NULL,
    taxes_amount     BIGINT       NOT NULL,
    total_amount     BIGINT       NOT NULL,
    payment_provider VARCHAR(100) NOT NULL,
    payment_method   VARCHAR(20)  NOT NULL,
    carrier_plugin   VARCHAR(100) NOT NULL,
    service_code     VARCHAR(64)  NOT NULL,
    incoterm         VARCHAR(3)   NOT NULL,
    -- JSON: sender and recipient addresses, parcels and customs items taken from the quote
    shipping_details TEXT         NOT NULL,
    stock_released   INTEGER      NOT NULL,
    version          INTEGER      NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);

CREATE INDEX orders_by_buyer ON orders (tenant_id, buyer_id, order_id);
CREATE INDEX orders_by_status ON orders (tenant_id, status, order_id);

CREATE TABLE order_lines (
    tenant_id   VARCHAR(63)  NOT NULL,
    order_id    VARCHAR(40)  NOT NULL,
    line_no     INTEGER      NOT NULL,
    product_id  VARCHAR(64)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    quantity    INTEGER      NOT NULL,
    unit_amount BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, order_id, line_no),
    FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, order_id) ON DELETE CASCADE
);

-- One row per (tenant, caller, Idempotency-Key) of POST /v1/orders: the hash of the request it was first
-- used with and, once the request finished, the response to replay.
CREATE TABLE order_requests (
    tenant_id       VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    principal       VARCHAR(100) NOT NULL,
    idem_key        VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    order_id        VARCHAR(40)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, principal, idem_key)
);

CREATE INDEX order_requests_by_order ON order_requests (tenant_id, order_id);
