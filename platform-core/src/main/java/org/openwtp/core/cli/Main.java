package org.openwtp.core.cli;

/** Entry point of {@code java -jar openwtp.jar}. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(OpenWtpCommand.run(CliEnvironment.system(), args));
    }
}
