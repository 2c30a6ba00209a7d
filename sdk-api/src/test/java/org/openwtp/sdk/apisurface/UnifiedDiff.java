package org.openwtp.sdk.apisurface;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in unified format ({@code ---}/{@code +++}, {@code @@} hunks with context), computed
 * with a longest-common-subsequence table. Each hunk header names the type block the hunk starts in,
 * the way {@code git diff} names the enclosing function, so a reviewer sees which type changed even
 * when its header line is outside the context. Stateless.
 */
final class UnifiedDiff {

    private static final int MAX_CELLS = 40_000_000;

    private UnifiedDiff() {
    }

    /**
     * The differences from {@code expected} to {@code actual}.
     *
     * @param expectedName label of the old text
     * @param expected     the old lines
     * @param actualName   label of the new text
     * @param actual       the new lines
     * @param context      lines of context around each change
     * @return the diff, or an empty string if the texts are equal
     */
    static String diff(String expectedName, List<String> expected, String actualName, List<String> actual, int context) {
        if (expected.equals(actual)) {
            return "";
        }
        List<Edit> edits = edits(expected, actual);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n');
        out.append("+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            // extend the hunk while the next change is within 2 * context of the last one
            int lastChange = i;
            for (int j = i + 1; j < edits.size() && j - lastChange <= 2 * context; j++) {
                if (edits.get(j).op != ' ') {
                    lastChange = j;
                }
            }
            int end = Math.min(edits.size() - 1, lastChange + context);
            appendHunk(out, edits, start, end, expected);
            i = end + 1;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> edits, int start, int end, List<String> expected) {
        Edit first = edits.get(start);
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k <= end; k++) {
            char op = edits.get(k).op;
            if (op != '+') {
                oldCount++;
            }
            if (op != '-') {
                newCount++;
            }
        }
        out.append("@@ -").append(first.oldLine + 1).append(',').append(oldCount)
                .append(" +").append(first.newLine + 1).append(',').append(newCount).append(" @@");
        String enclosing = enclosingType(expected, first.oldLine);
        if (!enclosing.isEmpty()) {
            out.append(' ').append(enclosing);
        }
        out.append('\n');
        for (int k = start; k <= end; k++) {
            Edit e = edits.get(k);
            out.append(e.op).append(e.text).append('\n');
        }
    }

    /** The nearest type header line (not indented, not a comment) above a line of the old text. */
    private static String enclosingType(List<String> lines, int index) {
        for (int k = Math.min(index, lines.size() - 1); k >= 0; k--) {
            String line = lines.get(k);
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && !line.startsWith("==")
                    && !line.equals("(none)")) {
                return line.length() > 100 ? line.substring(0, 100) + "..." : line;
            }
        }
        return "";
    }

    private record Edit(char op, String text, int oldLine, int newLine) {
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<Edit> edits = new ArrayList<>();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            // too large to align: show everything as replaced
            for (int i = 0; i < n; i++) {
                edits.add(new Edit('-', a.get(i), i, 0));
            }
            for (int j = 0; j < m; j++) {
                edits.add(new Edit('+', b.get(j), n, j));
            }
            return edits;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i, j));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                edits.add(new Edit('+', b.get(j), i, j));
                j++;
            } else {
                edits.add(new Edit('-', a.get(i), i, j));
                i++;
            }
        }
        return edits;
    }
}
