package org.openwtp.core.commerce.testing;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.ChargeType;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.PavilionProfile;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;

/**
 * A pavilion with rules simple enough to compute by hand. Thread-safe.
 *
 * <ul>
 *   <li>Sellers: the number without spaces and dashes is normalised; it must be 10 digits (else REJECTED with
 *       {@code BAD_LENGTH}); a number starting with {@code 9} needs an {@code EXPORT_CONTRACT} document.</li>
 *   <li>Listings: HS chapter 93 (arms) is BLOCKED; chapter 04 needs a {@code VETERINARY_CERTIFICATE}.</li>
 *   <li>Imports: nothing due up to {@code threshold} of goods; above, 10% duty on the goods and 20% VAT on goods
 *       plus shipping plus duty, each rounded half up; collected at checkout (a
 *       {@link ImportAssessment#COLLECTED_AT_CHECKOUT} note) after {@link #collectAtCheckout(boolean)}.</li>
 * </ul>
 */
public class FakePavilion implements CountryPavilion {

    private final PavilionProfile profile;
    private final Money threshold;
    private final AtomicInteger assessments = new AtomicInteger();
    private volatile RuntimeException failure;
    private volatile long latencyNanos;
    private volatile boolean collectAtCheckout;

    /**
     * @param country   its country
     * @param currency  its currency
     * @param threshold duty-free goods value
     */
    public FakePavilion(String country, String currency, Money threshold) {
        this.profile = new PavilionProfile(CountryCode.of(country), CurrencyCode.of(currency), List.of("en"),
                country + " pavilion", List.of("REG"));
        this.threshold = threshold;
    }

    /** @param e what assessImport throws from now on, or null */
    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    /** @param nanos how long every assessment takes from now on, like a remote call (for benchmarks, never tests) */
    public void simulateLatency(long nanos) {
        this.latencyNanos = nanos;
    }

    /** @param collect whether assessments from now on have the platform collect the charges at checkout, as China's CBEC does */
    public void collectAtCheckout(boolean collect) {
        this.collectAtCheckout = collect;
    }

    /** @return how many assessments were made */
    public int assessments() {
        return assessments.get();
    }

    @Override
    public List<ConfigField> configFields() {
        return List.of();
    }

    @Override
    public PavilionProfile profile() {
        return profile;
    }

    @Override
    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
        String normalized = application.registryNumber().replace(" ", "").replace("-", "");
        if (!normalized.matches("[0-9]{10}")) {
            return SellerVerification.rejected(application.registryNumber(),
                    List.of(Reason.of("BAD_LENGTH", "a REG number has 10 digits")));
        }
        if (normalized.startsWith("9") && !application.documents().contains("EXPORT_CONTRACT")) {
            return SellerVerification.pendingDocuments(normalized, List.of("EXPORT_CONTRACT"),
                    List.of(Reason.of("CONTRACT_NEEDED", "numbers starting with 9 are traders; send an export contract")));
        }
        return SellerVerification.verified(normalized);
    }

    @Override
    public ListingCheck checkListing(ListingRequest listing, PluginContext context) {
        if (listing.hsCode().startsWith("93")) {
            return ListingCheck.blocked(List.of(Reason.of("ARMS_EXPORT_BANNED", "HS chapter 93 (arms) cannot be exported"),
                    Reason.of("LICENCE_REQUIRED", "an export licence would be needed")));
        }
        if (listing.hsCode().startsWith("04") && !listing.certificates().contains("VETERINARY_CERTIFICATE")) {
            return ListingCheck.needsCertificate(List.of("VETERINARY_CERTIFICATE"),
                    List.of(Reason.of("VETERINARY_CONTROL", "animal products need a veterinary certificate")));
        }
        return ListingCheck.allowed();
    }

    @Override
    public ImportAssessment assessImport(ImportRequest request, PluginContext context) {
        assessments.incrementAndGet();
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
        if (latencyNanos > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(latencyNanos);
        }
        Money goods = request.goodsValue();
        if (!goods.isGreaterThan(threshold)) {
            return ImportAssessment.deMinimis(request.currency(), List.of());
        }
        Money duty = goods.percent(java.math.BigDecimal.TEN, RoundingMode.HALF_UP);
        Money vat = goods.plus(request.shipping()).plus(duty).percent(java.math.BigDecimal.valueOf(20), RoundingMode.HALF_UP);
        List<ImportCharge> charges = new ArrayList<>();
        charges.add(ImportCharge.of(ChargeType.DUTY, "10% of goods", duty));
        charges.add(ImportCharge.of(ChargeType.IMPORT_VAT, "20% of goods + shipping + duty", vat));
        List<Reason> notes = collectAtCheckout
                ? List.of(Reason.of(ImportAssessment.COLLECTED_AT_CHECKOUT, "withheld by the platform at checkout")) : List.of();
        return new ImportAssessment(collectAtCheckout ? "RETAIL" : "GENERAL", false, charges, notes, request.currency());
    }

    @Override
    public List<RequiredDocument> requiredDocuments(DocumentRequest request, PluginContext context) {
        return List.of();
    }
}
