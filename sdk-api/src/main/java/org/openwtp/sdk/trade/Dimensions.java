package org.openwtp.sdk.trade;

/**
 * The outer size of a box in whole millimetres.
 *
 * @param lengthMm length, 1 mm or more
 * @param widthMm  width, 1 mm or more
 * @param heightMm height, 1 mm or more
 */
public record Dimensions(int lengthMm, int widthMm, int heightMm) {

    /**
     * Validates that every side is positive and at most 10 m.
     *
     * @param lengthMm length, 1 mm or more
     * @param widthMm  width, 1 mm or more
     * @param heightMm height, 1 mm or more
     */
    public Dimensions {
        check("length", lengthMm);
        check("width", widthMm);
        check("height", heightMm);
    }

    /**
     * Dimensions in centimetres.
     *
     * @param lengthCm length, 1 to 1000 cm
     * @param widthCm  width, 1 to 1000 cm
     * @param heightCm height, 1 to 1000 cm
     * @return the dimensions
     */
    public static Dimensions ofCentimetres(int lengthCm, int widthCm, int heightCm) {
        return new Dimensions(centimetres("length", lengthCm), centimetres("width", widthCm), centimetres("height", heightCm));
    }

    private static int centimetres(String side, int cm) {
        if (cm < 1 || cm > 1_000) {
            throw new IllegalArgumentException(side + " must be 1 to 1000 cm, was " + cm);
        }
        return cm * 10;
    }

    /**
     * The volume in cubic centimetres, rounded up.
     *
     * @return length × width × height in cm³
     */
    public long volumeCm3() {
        long mm3 = (long) lengthMm * widthMm * heightMm;
        return (mm3 + 999) / 1000;
    }

    /**
     * The longest side.
     *
     * @return millimetres
     */
    public int longestSideMm() {
        return Math.max(lengthMm, Math.max(widthMm, heightMm));
    }

    /**
     * Length plus girth (2 × width + 2 × height of the two other sides), a common postal size limit.
     *
     * @return millimetres
     */
    public int lengthPlusGirthMm() {
        int longest = longestSideMm();
        return longest + 2 * (lengthMm + widthMm + heightMm - longest);
    }

    private static void check(String side, int mm) {
        if (mm < 1 || mm > 10_000) {
            throw new IllegalArgumentException(side + " must be 1 to 10000 mm, was " + mm);
        }
    }
}
