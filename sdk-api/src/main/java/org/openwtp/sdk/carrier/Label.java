package org.openwtp.sdk.carrier;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A shipping label.
 *
 * @param format    {@code PDF}, {@code ZPL}, {@code PNG} or {@code TEXT}
 * @param content   the label file
 */
public record Label(String format, byte[] content) {

    private static final Pattern FORMAT = Pattern.compile("PDF|ZPL|PNG|TEXT");

    /**
     * Validates and copies the label.
     *
     * @param format  {@code PDF}, {@code ZPL}, {@code PNG} or {@code TEXT}
     * @param content the label file
     */
    public Label {
        Objects.requireNonNull(format, "format must not be null");
        if (!FORMAT.matcher(format).matches()) {
            throw new IllegalArgumentException("label format '" + format + "' is not accepted: use PDF, ZPL, PNG or TEXT");
        }
        Objects.requireNonNull(content, "content must not be null");
        if (content.length == 0) {
            throw new IllegalArgumentException("a label must not be empty");
        }
        content = content.clone();
    }

    /**
     * A copy of the label file.
     *
     * @return the bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Compares the format and the file's bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Label other && format.equals(other.format) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(content);
    }

    /** Names the format and size, not the bytes. */
    @Override
    public String toString() {
        return "Label[" + format + ", " + content.length + " bytes]";
    }
}
