package org.openwtp.plugins.support.pavilion;

import java.util.List;

/**
 * A configuration table that does not parse. It carries every problem found, each naming its line,
 * so a tenant admin can fix the whole table at once.
 */
public final class TableFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param table    the table's name, e.g. the configuration field
     * @param problems the problems, each starting with {@code line N:}
     */
    public TableFormatException(String table, List<String> problems) {
        super(table + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return messages such as {@code line 3: unknown action 'BLOKED'; use ALLOWED, BLOCKED or NEEDS_CERTIFICATE}
     */
    public List<String> problems() {
        return problems;
    }
}
