package org.openwtp.core.http;

/**
 * One condition for {@code /health/ready}: the server is ready only when every check says so.
 * Features contribute checks with
 * {@code Multibinder.newSetBinder(binder(), ReadinessCheck.class).addBinding().to(MyCheck.class)}
 * (storage: the database answers; plugins: loading finished). A check is called on every probe, so it
 * is cheap; one that throws or takes longer than two seconds counts as not ready. Thread-safe.
 */
public interface ReadinessCheck {

    /** @return short name shown in the readiness report, e.g. {@code storage} */
    String name();

    /** @return whether this part is ready, with a reason when it is not */
    Result check();

    /**
     * The outcome of a check.
     *
     * @param ready  whether the part is ready
     * @param detail a short explanation, shown to operators
     */
    record Result(boolean ready, String detail) {

        /** @return a ready result (named ok: a record accessor is already called ready) */
        public static Result ok() {
            return new Result(true, "ok");
        }

        /**
         * @param reason why the part is not ready
         * @return a not-ready result
         */
        public static Result notReady(String reason) {
            return new Result(false, reason);
        }
    }
}
