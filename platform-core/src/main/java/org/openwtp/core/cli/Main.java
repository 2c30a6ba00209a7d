package org.openwtp.core.cli;

import org.openwtp.core.plugin.GuiceClassGeneration;

/** Entry point of {@code java -jar openwtp.jar}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        GuiceClassGeneration.disableUnlessConfigured(); // before anything touches Guice
        System.exit(OpenWtpCommand.run(CliEnvironment.system(), args));
    }
}
