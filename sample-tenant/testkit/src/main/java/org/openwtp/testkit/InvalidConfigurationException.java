package org.openwtp.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.openwtp.sdk.config.ConfigProblem;

/**
 * A test configuration that the core would refuse: it lists every problem at once, as the core's
 * tenant API does, so a test author fixes them in one go.
 */
public final class InvalidConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /**
     * An exception for the given problems.
     *
     * @param extension what was configured, for the message
     * @param problems  every problem found, at least one
     */
    public InvalidConfigurationException(String extension, List<ConfigProblem> problems) {
        super("configuration of " + extension + " has " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  - " + (p.field().isEmpty() ? "(configuration)" : p.field()) + " " + p.code() + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems
     */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
