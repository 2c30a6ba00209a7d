-- Per-tenant plugin enablement and configuration, encrypted secrets, and the plugins' key-value state.

-- settings: a JSON object of the non-secret values exactly as the tenant admin gave them
-- (defaults are applied when read, so a plugin upgrade's new defaults take effect).
CREATE TABLE tenant_plugins (
    tenant_id  VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    plugin_id  VARCHAR(100) NOT NULL,
    enabled    INTEGER      NOT NULL,
    settings   TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id)
);

-- One row per secret field: AES-GCM ciphertext (base64 of nonce || ciphertext || tag) under the
-- master key named by key_id, so keys can be rotated row by row.
CREATE TABLE tenant_plugin_secrets (
    tenant_id  VARCHAR(63)  NOT NULL,
    plugin_id  VARCHAR(100) NOT NULL,
    field_name VARCHAR(64)  NOT NULL,
    key_id     VARCHAR(32)  NOT NULL,
    ciphertext TEXT         NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id, field_name),
    FOREIGN KEY (tenant_id, plugin_id) REFERENCES tenant_plugins (tenant_id, plugin_id) ON DELETE CASCADE
);

CREATE INDEX tenant_plugin_secrets_by_key ON tenant_plugin_secrets (key_id);

-- The SDK KeyValueStore, scoped to (tenant, plugin).
CREATE TABLE plugin_state (
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    plugin_id   VARCHAR(100) NOT NULL,
    state_key   VARCHAR(200) NOT NULL,
    state_value TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, plugin_id, state_key)
);
