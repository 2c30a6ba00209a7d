package org.openwtp.core.admin;

/**
 * Database migrations, for {@code openwtp migrate}. The storage feature binds its implementation with
 * {@code OptionalBinder.newOptionalBinder(binder(), StorageAdministration.class).setBinding().to(...)}.
 * Thread-safe.
 */
public interface StorageAdministration {

    /**
     * Applies every pending migration.
     *
     * @return a one-line summary for the operator, e.g. {@code applied 3 migrations; schema at version 3}
     */
    String migrate();
}
