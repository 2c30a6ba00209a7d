-- The transactional outbox: domain events written in the same transaction as the change they describe,
-- fanned out into one delivery per target (a listening plugin or a tenant webhook subscription), each
-- retried with backoff until acknowledged. Rows stay until delivered, so a restart loses nothing.

CREATE TABLE outbox_events (
    tenant_id      VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    event_id       VARCHAR(40)  NOT NULL,
    event_type     VARCHAR(64)  NOT NULL,
    aggregate_type VARCHAR(32)  NOT NULL,
    aggregate_id   VARCHAR(40)  NOT NULL,
    sequence_no    INTEGER      NOT NULL,
    attributes     TEXT         NOT NULL,
    occurred_at    BIGINT       NOT NULL,
    fanned_out     INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, event_id)
);

CREATE INDEX outbox_events_pending ON outbox_events (fanned_out, occurred_at);
CREATE INDEX outbox_events_by_aggregate ON outbox_events (tenant_id, aggregate_id, sequence_no);

CREATE TABLE webhook_subscriptions (
    tenant_id       VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    subscription_id VARCHAR(40)  NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    event_types     VARCHAR(2000) NOT NULL,
    secret_key_id   VARCHAR(32)  NOT NULL,
    secret          TEXT         NOT NULL,
    description     VARCHAR(200) NOT NULL,
    active          INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, subscription_id)
);

-- target_kind: PLUGIN (target_id = plugin id) or WEBHOOK (target_id = subscription id).
-- status: PENDING until acknowledged, then DELIVERED; DROPPED when the target was removed.
CREATE TABLE outbox_deliveries (
    tenant_id        VARCHAR(63)  NOT NULL,
    delivery_id      VARCHAR(40)  NOT NULL,
    event_id         VARCHAR(40)  NOT NULL,
    target_kind      VARCHAR(8)   NOT NULL,
    target_id        VARCHAR(100) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  BIGINT       NOT NULL,
    claimed_until    BIGINT       NOT NULL,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    delivered_at     BIGINT,
    created_at       BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, delivery_id),
    FOREIGN KEY (tenant_id, event_id) REFERENCES outbox_events (tenant_id, event_id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX outbox_deliveries_unique ON outbox_deliveries (tenant_id, event_id, target_kind, target_id);
CREATE INDEX outbox_deliveries_due ON outbox_deliveries (status, next_attempt_at);
CREATE INDEX outbox_deliveries_by_target ON outbox_deliveries (tenant_id, target_kind, target_id, delivery_id);

-- The delivery log: one row per attempt.
CREATE TABLE outbox_delivery_attempts (
    tenant_id    VARCHAR(63)  NOT NULL,
    delivery_id  VARCHAR(40)  NOT NULL,
    attempt_no   INTEGER      NOT NULL,
    attempted_at BIGINT       NOT NULL,
    succeeded    INTEGER      NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(500),
    duration_ms  BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, delivery_id, attempt_no),
    FOREIGN KEY (tenant_id, delivery_id) REFERENCES outbox_deliveries (tenant_id, delivery_id) ON DELETE CASCADE
);
