-- Shipments booked with a carrier (one per order) and the tracking events received for them.

CREATE TABLE shipments (
    tenant_id       VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    shipment_id     VARCHAR(40)  NOT NULL,
    order_id        VARCHAR(40)  NOT NULL,
    carrier_plugin  VARCHAR(100) NOT NULL,
    service_code    VARCHAR(64)  NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    tracking_number VARCHAR(100) NOT NULL,
    label_format    VARCHAR(8),
    label_content   TEXT,
    customs_form    VARCHAR(16),
    declaration     TEXT,
    charge_amount   BIGINT,
    charge_currency VARCHAR(3),
    reason_code     VARCHAR(64),
    reason_message  VARCHAR(500),
    attempts        INTEGER      NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, shipment_id)
);

CREATE UNIQUE INDEX shipments_by_order ON shipments (tenant_id, order_id);
CREATE INDEX shipments_by_tracking ON shipments (tenant_id, carrier_plugin, tracking_number);

CREATE TABLE tracking_events (
    tenant_id       VARCHAR(63)  NOT NULL,
    shipment_id     VARCHAR(40)  NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    occurred_at     BIGINT       NOT NULL,
    location        VARCHAR(200) NOT NULL,
    description     VARCHAR(500) NOT NULL,
    received_at     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, shipment_id, status, occurred_at),
    FOREIGN KEY (tenant_id, shipment_id) REFERENCES shipments (tenant_id, shipment_id) ON DELETE CASCADE
);
