package org.openwtp.plugins.carrier.post;

import org.openwtp.sdk.trade.CustomsForm;

/**
 * The post's international services and the UPU size limits that apply to each.
 *
 * <ul>
 *   <li>{@link #SMALL_PACKET}: a tracked (registered) letter-post small packet up to 2 kg; sum of length,
 *       width and depth at most 900 mm, no side over 600 mm (the UPU letter-post limits, as published by
 *       e.g. Belpost and Posta Srbije). Charged by actual weight.</li>
 *   <li>{@link #PARCEL}: an ordinary postal parcel, up to 20 kg by default (the UPU parcel-post base
 *       limit; 30 or 31.5 kg to some destinations), no side over 1.5 m and length plus girth at most 3 m
 *       (UPU parcel-post limits, as published by e.g. Macau Post). Charged by actual weight. Always declared
 *       on a CN23.</li>
 *   <li>{@link #EMS}: Express Mail Service, up to 30 kg by default (20 kg to some destinations, as
 *       published by e.g. Japan Post), same size limits as parcels; charged by the larger of actual and volumetric weight.</li>
 * </ul>
 */
enum PostService {
    /** Tracked small packet. */
    SMALL_PACKET("Small packet (tracked)", "LA", 600, 900, 0, false, false),
    /** Postal parcel. */
    PARCEL("Postal parcel", "CP", 1500, 0, 3000, false, true),
    /** Express Mail Service. */
    EMS("EMS", "EE", 1500, 0, 3000, true, false);

    private final String displayName;
    private final String s10Indicator;
    private final int maxSideMm;
    private final int maxSumOfSidesMm;
    private final int maxLengthPlusGirthMm;
    private final boolean volumetric;
    private final boolean alwaysCn23;

    PostService(String displayName, String s10Indicator, int maxSideMm, int maxSumOfSidesMm, int maxLengthPlusGirthMm,
                boolean volumetric, boolean alwaysCn23) {
        this.displayName = displayName;
        this.s10Indicator = s10Indicator;
        this.maxSideMm = maxSideMm;
        this.maxSumOfSidesMm = maxSumOfSidesMm;
        this.maxLengthPlusGirthMm = maxLengthPlusGirthMm;
        this.volumetric = volumetric;
        this.alwaysCn23 = alwaysCn23;
    }

    String displayName() {
        return displayName;
    }

    /** The S10 service indicator of this service's item identifiers. */
    String s10Indicator() {
        return s10Indicator;
    }

    /** Longest side allowed, in mm. */
    int maxSideMm() {
        return maxSideMm;
    }

    /** Length + width + depth allowed, in mm, or 0 if not limited this way. */
    int maxSumOfSidesMm() {
        return maxSumOfSidesMm;
    }

    /** Length plus girth allowed, in mm, or 0 if not limited this way. */
    int maxLengthPlusGirthMm() {
        return maxLengthPlusGirthMm;
    }

    /** Whether the volumetric weight is charged when larger than the actual weight. */
    boolean volumetric() {
        return volumetric;
    }

    /** The form when the value alone does not decide: parcels always travel with a CN23. */
    boolean alwaysCn23() {
        return alwaysCn23;
    }

    /** The form for a value in SDR: CN22 under 300 SDR, CN23 at or above (UPU; WCO-UPU Postal Customs Guide). */
    CustomsForm formFor(boolean valueAtLeast300Sdr) {
        return alwaysCn23 || valueAtLeast300Sdr ? CustomsForm.CN23 : CustomsForm.CN22;
    }

    static PostService find(String code) {
        for (PostService s : values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
