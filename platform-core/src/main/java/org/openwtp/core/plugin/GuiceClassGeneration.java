package org.openwtp.core.plugin;

/**
 * Guice's run-time class generation, which the core turns off for the whole JVM where it starts.
 *
 * <p>Why: Guice generates a "fast class" (bytecode invoking every method and constructor) for each class it
 * constructs. For the core's own singletons that is paid once, but every plugin start loads its extension classes
 * anew, and generating their fast classes was about an eighth of starting the bundled plugins (the plugin load
 * benchmark in {@code docs/performance.md}). Without it Guice constructs by reflection, which costs nothing that
 * matters for objects created once. Guice reads the flag once, when its first class initialises, hence a JVM-wide
 * system property set before anything touches Guice. The core binds no method interceptors (AOP), the one feature
 * that needs class generation; Guice refuses such a binding loudly if one is ever added.
 */
public final class GuiceClassGeneration {

    /** The system property Guice reads. */
    public static final String PROPERTY = "guice_bytecode_gen_option";

    private GuiceClassGeneration() {
    }

    /**
     * Turns class generation off unless the property was set explicitly (e.g. {@code -Dguice_bytecode_gen_option=ENABLED}
     * on the command line). Call first thing in {@code main}; later calls have no effect on Guice.
     */
    public static void disableUnlessConfigured() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "DISABLED");
        }
    }
}
