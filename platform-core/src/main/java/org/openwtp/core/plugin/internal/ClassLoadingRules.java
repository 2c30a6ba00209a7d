package org.openwtp.core.plugin.internal;

import java.util.List;

/**
 * Which classes a plugin shares with the core. Everything in these packages is loaded by the core's
 * class loader (parent-first), so a plugin and the core agree on the SDK types, on PF4J and on the
 * injection and logging APIs. Everything else is plugin-first and invisible across plugins.
 * Immutable and thread-safe.
 */
final class ClassLoadingRules {

    /** Package prefixes that always come from the core. */
    static final List<String> SHARED_PACKAGES = List.of(
            "org.openwtp.sdk.",
            "org.pf4j.",
            "jakarta.inject.",
            "javax.inject.",
            "com.google.inject.",
            "org.slf4j.");

    private ClassLoadingRules() {
    }

    /**
     * Whether a class comes from the core.
     *
     * @param className a binary class name
     * @return true for the shared API packages
     */
    static boolean isShared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a resource lives in a shared package (e.g. {@code org/slf4j/...}).
     *
     * @param resourceName a resource path
     * @return true if the core should answer for it
     */
    static boolean isSharedResource(String resourceName) {
        return isShared(resourceName.replace('/', '.'));
    }
}
