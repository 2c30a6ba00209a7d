package org.openwtp.core.commerce.quote;

import java.time.Duration;
import java.util.Objects;
import org.openwtp.sdk.trade.Weight;

/**
 * Settings of the landed-cost quote.
 *
 * @param deadline            how long one quote waits for carriers, the destination pavilion and the FX source together
 * @param rateCacheWindow     how long a carrier's answer to an identical rate request is reused; zero disables the cache
 * @param rateCacheMaxEntries most cached carrier answers (least recently used go first)
 * @param validity            how long an order can be placed from a quote
 * @param maxParcelWeight     heaviest parcel the packer builds before starting another
 * @param maxStackHeightMm    tallest stack of units in one parcel before starting another
 * @param maxCallThreads      most plugin calls of quotes running at once
 * @param writeBehind         how long a new quote may wait to be written with the others of that interval in one
 *                            transaction; zero writes each quote in its own transaction before answering
 * @param maxUnflushed        most quotes waiting to be written; when full, a new quote waits for room (back-pressure)
 * @param purgeInterval       how often quotes past their retention are deleted
 * @param retention           how long an expired quote is kept (an order for it answers {@code quote_expired} rather
 *                            than {@code quote_not_found}); zero deletes a quote at the first purge after it expired
 */
public record QuoteSettings(Duration deadline, Duration rateCacheWindow, int rateCacheMaxEntries, Duration validity,
                            Weight maxParcelWeight, int maxStackHeightMm, int maxCallThreads, Duration writeBehind,
                            int maxUnflushed, Duration purgeInterval, Duration retention) {

    /** Validates. */
    public QuoteSettings {
        positive(deadline, "deadline");
        Objects.requireNonNull(rateCacheWindow, "rateCacheWindow");
        if (rateCacheWindow.isNegative()) {
            throw new IllegalArgumentException("rateCacheWindow must not be negative, was " + rateCacheWindow);
        }
        if (rateCacheMaxEntries < 1) {
            throw new IllegalArgumentException("rateCacheMaxEntries must be at least 1, was " + rateCacheMaxEntries);
        }
        positive(validity, "validity");
        Objects.requireNonNull(maxParcelWeight, "maxParcelWeight");
        if (maxParcelWeight.grams() < 1) {
            throw new IllegalArgumentException("maxParcelWeight must be more than 0 g");
        }
        if (maxStackHeightMm < 1 || maxStackHeightMm > 10_000) {
            throw new IllegalArgumentException("maxStackHeightMm must be 1 to 10000, was " + maxStackHeightMm);
        }
        if (maxCallThreads < 2) {
            throw new IllegalArgumentException("maxCallThreads must be at least 2, was " + maxCallThreads);
        }
        Objects.requireNonNull(writeBehind, "writeBehind");
        if (writeBehind.isNegative() || writeBehind.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("writeBehind must be 0 to 1 s, was " + writeBehind);
        }
        if (maxUnflushed < 1) {
            throw new IllegalArgumentException("maxUnflushed must be at least 1, was " + maxUnflushed);
        }
        positive(purgeInterval, "purgeInterval");
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
    }

    /**
     * A 3 s deadline, a 60 s rate cache of 10,000 answers, 15 min validity, 30 kg and 1.2 m parcels, 256 call threads,
     * quotes written behind within 5 ms, at most 10,000 waiting, expired quotes kept 7 days and purged every minute.
     *
     * @return the defaults
     */
    public static QuoteSettings defaults() {
        return new QuoteSettings(Duration.ofSeconds(3), Duration.ofSeconds(60), 10_000, Duration.ofMinutes(15),
                Weight.ofGrams(30_000), 1200, 256, Duration.ofMillis(5), 10_000, Duration.ofMinutes(1), Duration.ofDays(7));
    }

    /** @param value the deadline; @return a copy with it */
    public QuoteSettings withDeadline(Duration value) {
        return new QuoteSettings(value, rateCacheWindow, rateCacheMaxEntries, validity, maxParcelWeight, maxStackHeightMm, maxCallThreads,
                writeBehind, maxUnflushed, purgeInterval, retention);
    }

    /** @param value the cache window; @return a copy with it */
    public QuoteSettings withRateCacheWindow(Duration value) {
        return new QuoteSettings(deadline, value, rateCacheMaxEntries, validity, maxParcelWeight, maxStackHeightMm, maxCallThreads,
                writeBehind, maxUnflushed, purgeInterval, retention);
    }

    /** @param value the validity; @return a copy with it */
    public QuoteSettings withValidity(Duration value) {
        return new QuoteSettings(deadline, rateCacheWindow, rateCacheMaxEntries, value, maxParcelWeight, maxStackHeightMm, maxCallThreads,
                writeBehind, maxUnflushed, purgeInterval, retention);
    }

    /** @param weight heaviest parcel; @param stackMm tallest stack; @return a copy with them */
    public QuoteSettings withPacking(Weight weight, int stackMm) {
        return new QuoteSettings(deadline, rateCacheWindow, rateCacheMaxEntries, validity, weight, stackMm, maxCallThreads,
                writeBehind, maxUnflushed, purgeInterval, retention);
    }

    /** @param value the write-behind interval (zero: write before answering); @return a copy with it */
    public QuoteSettings withWriteBehind(Duration value) {
        return new QuoteSettings(deadline, rateCacheWindow, rateCacheMaxEntries, validity, maxParcelWeight, maxStackHeightMm,
                maxCallThreads, value, maxUnflushed, purgeInterval, retention);
    }

    /** @param interval how often to purge; @param keep how long expired quotes are kept; @return a copy with them */
    public QuoteSettings withPurge(Duration interval, Duration keep) {
        return new QuoteSettings(deadline, rateCacheWindow, rateCacheMaxEntries, validity, maxParcelWeight, maxStackHeightMm,
                maxCallThreads, writeBehind, maxUnflushed, interval, keep);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
