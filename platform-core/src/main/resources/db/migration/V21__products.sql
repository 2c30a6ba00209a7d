-- Products listed by sellers (commerce/catalog). search_text is lower(title || ' ' || description)
-- computed by the application with full Unicode case folding (SQLite's LOWER only folds ASCII), so
-- text search is one LIKE on both databases. Ids sort by creation time: the stable order of lists.

CREATE TABLE products (
    tenant_id             VARCHAR(63)   NOT NULL REFERENCES tenants (tenant_id) ON DELETE CASCADE,
    product_id            VARCHAR(40)   NOT NULL,
    seller_id             VARCHAR(40)   NOT NULL,
    pavilion_id           VARCHAR(100)  NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(5000) NOT NULL,
    search_text           VARCHAR(5300) NOT NULL,
    hs_code               VARCHAR(10)   NOT NULL,
    hs_chapter            CHAR(2)       NOT NULL,
    origin                CHAR(2)       NOT NULL,
    price_minor           BIGINT        NOT NULL,
    currency              CHAR(3)       NOT NULL,
    unit_weight_g         BIGINT        NOT NULL,
    length_mm             INTEGER       NOT NULL,
    width_mm              INTEGER       NOT NULL,
    height_mm             INTEGER       NOT NULL,
    stock                 INTEGER       NOT NULL,
    certificates          TEXT          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    required_certificates TEXT          NOT NULL,
    reasons               TEXT          NOT NULL,
    created_at            BIGINT        NOT NULL,
    updated_at            BIGINT        NOT NULL,
    version               INTEGER       NOT NULL,
    PRIMARY KEY (tenant_id, product_id),
    FOREIGN KEY (tenant_id, seller_id) REFERENCES sellers (tenant_id, seller_id),
    CHECK (stock >= 0)
);

CREATE INDEX products_by_status ON products (tenant_id, status, product_id);
CREATE INDEX products_by_pavilion ON products (tenant_id, pavilion_id, status, product_id);
CREATE INDEX products_by_chapter ON products (tenant_id, hs_chapter, status, product_id);
CREATE INDEX products_by_seller ON products (tenant_id, seller_id, product_id);
