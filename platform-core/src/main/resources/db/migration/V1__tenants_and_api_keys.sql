-- Tenants and their API keys. Plain SQL that runs unchanged on SQLite and PostgreSQL:
-- times are epoch milliseconds (BIGINT), flags are INTEGER 0/1, ids are application-generated text.

CREATE TABLE tenants (
    tenant_id    VARCHAR(63)  NOT NULL PRIMARY KEY,
    display_name VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL
);

-- key_id is random and tenant-agnostic: it is the one lookup made before the tenant is known
-- (authentication). Only a SHA-256 hash of the secret part of a key is stored.
CREATE TABLE api_keys (
    key_id      VARCHAR(32)  NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    secret_hash VARCHAR(64)  NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT,
    revoked_at  BIGINT
);

CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, created_at);
