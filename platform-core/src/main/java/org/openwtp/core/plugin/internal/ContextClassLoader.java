package org.openwtp.core.plugin.internal;

/**
 * Sets the current thread's context class loader for a block and restores it on close:
 * {@code try (var ignored = ContextClassLoader.use(loader)) { ... }}. Confined to one thread.
 */
final class ContextClassLoader implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader previous;

    private ContextClassLoader(Thread thread, ClassLoader previous) {
        this.thread = thread;
        this.previous = previous;
    }

    static ContextClassLoader use(ClassLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        return new ContextClassLoader(thread, previous);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
