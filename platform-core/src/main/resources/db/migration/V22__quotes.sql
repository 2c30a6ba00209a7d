-- Landed-cost quotes (commerce/quote), kept so an order can be placed from one before it expires.
-- body is the whole quote as JSON (request, parcels, customs items, options, rates, warnings).

CREATE TABLE quotes (
    tenant_id  VARCHAR(63) NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    quote_id   VARCHAR(40) NOT NULL,
    seller_id  VARCHAR(40) NOT NULL,
    body       TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, quote_id)
);

CREATE INDEX quotes_by_expiry ON quotes (tenant_id, expires_at);
