package org.openwtp.core.config;

import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, each naming the setting and what it
 * accepts, so an operator fixes them all in one go.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param problems one line per problem; at least one
     */
    public ConfigException(List<String> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, one line each */
    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        StringBuilder sb = new StringBuilder("invalid configuration (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(p);
        }
        return sb.toString();
    }
}
