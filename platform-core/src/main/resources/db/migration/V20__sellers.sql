-- Sellers of a tenant and the pavilion each applied to (commerce/catalog). Plain SQL for SQLite and
-- PostgreSQL: times are epoch milliseconds, lists and addresses are JSON text, ids are application-made.

CREATE TABLE sellers (
    tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    seller_id          VARCHAR(40)  NOT NULL,
    pavilion_id        VARCHAR(100) NOT NULL,
    legal_name         VARCHAR(300) NOT NULL,
    registry_scheme    VARCHAR(32)  NOT NULL,
    registry_number    VARCHAR(64)  NOT NULL,
    normalized_number  VARCHAR(64)  NOT NULL,
    -- the normalized number while the application stands (verified or pending documents); NULL once
    -- rejected, so a rejected number can apply again. NULLs never collide in the unique index.
    registry_key       VARCHAR(64),
    address            TEXT         NOT NULL,
    contact_email      VARCHAR(320) NOT NULL,
    documents          TEXT         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    reasons            TEXT         NOT NULL,
    required_documents TEXT         NOT NULL,
    created_at         BIGINT       NOT NULL,
    updated_at         BIGINT       NOT NULL,
    version            INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, seller_id)
);

CREATE UNIQUE INDEX sellers_registry_key ON sellers (tenant_id, pavilion_id, registry_key);

-- Which seller an API key of role SELLER acts for. The tenant feature's api_keys table has no seller
-- binding, so the catalog keeps it here, keyed by the key's public id.
CREATE TABLE seller_api_keys (
    tenant_id  VARCHAR(63) NOT NULL,
    key_id     VARCHAR(32) NOT NULL,
    seller_id  VARCHAR(40) NOT NULL,
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, key_id),
    FOREIGN KEY (tenant_id, seller_id) REFERENCES sellers (tenant_id, seller_id) ON DELETE CASCADE
);

CREATE INDEX seller_api_keys_by_seller ON seller_api_keys (tenant_id, seller_id);
