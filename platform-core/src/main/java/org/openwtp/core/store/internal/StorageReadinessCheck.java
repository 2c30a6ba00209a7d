package org.openwtp.core.store.internal;

import jakarta.inject.Inject;
import org.openwtp.core.http.ReadinessCheck;
import org.openwtp.core.store.Storage;

/** Ready when the database answers a trivial query on a reader connection. Thread-safe. */
public final class StorageReadinessCheck implements ReadinessCheck {

    private final Storage storage;

    /** @param storage the storage */
    @Inject
    public StorageReadinessCheck(Storage storage) {
        this.storage = storage;
    }

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public Result check() {
        try {
            Integer one = storage.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return one != null && one == 1 ? Result.ok() : Result.notReady("the database gave an unexpected answer");
        } catch (RuntimeException e) {
            return Result.notReady("the database does not answer: " + e.getClass().getSimpleName());
        }
    }
}
