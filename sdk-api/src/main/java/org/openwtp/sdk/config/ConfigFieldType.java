package org.openwtp.sdk.config;

/** The kinds of value a configuration field holds; every value travels as text. */
public enum ConfigFieldType {
    /** Single-line text. */
    STRING,
    /** Multi-line text the plugin parses itself, such as a rate table with one row per line. */
    TEXT,
    /** A whole number that fits in a {@code long}. */
    INTEGER,
    /** A decimal number such as {@code 12.5}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the field's allowed values. */
    CHOICE,
    /** Text that is encrypted at rest, never returned by an API and masked in logs (keys, passwords). */
    SECRET
}
