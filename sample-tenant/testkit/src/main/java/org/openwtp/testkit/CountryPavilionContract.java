package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.ImportAssessment;
import org.openwtp.sdk.pavilion.ImportCharge;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingCheck;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.ListingStatus;
import org.openwtp.sdk.pavilion.PavilionProfile;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.pavilion.VerificationStatus;

/**
 * The contract every {@link CountryPavilion} keeps. Extend it in the plugin's tests, hand over the
 * pavilion and the inputs only its author knows (a valid registry number, invalid ones, an allowed
 * listing, an import request), and every check below runs against the pavilion:
 *
 * <pre>{@code
 * class RussianPavilionContractTest extends CountryPavilionContract {
 *     protected CountryPavilion createPavilion() { return new RussianPavilion(); }
 *     protected SellerApplication validApplication() { ... INN 7707083893 ... }
 *     protected List<SellerApplication> invalidApplications() { ... }
 *     protected ListingRequest allowedListing() { ... }
 *     protected ImportRequest importRequest() { ... }
 * }
 * }</pre>
 *
 * <p>Optional inputs ({@link #blockedListing()}, {@link #deMinimisRequest()}) default to empty, and the
 * checks that need them are skipped (reported as aborted by JUnit). A check that does not apply can be
 * overridden and annotated {@code @Disabled("why")}.
 */
public abstract class CountryPavilionContract extends ExtensionContract<CountryPavilion> {
    /** For subclasses. */
    protected CountryPavilionContract() {
    }

    /**
     * Creates the pavilion under test.
     *
     * @return a new pavilion
     */
    protected abstract CountryPavilion createPavilion();

    /**
     * An application with a real, valid registry number of one of the pavilion's schemes.
     *
     * @return the application
     */
    protected abstract SellerApplication validApplication();

    /**
     * Applications the pavilion must reject: bad check digits, wrong length, letters, unknown scheme...
     *
     * @return at least one application
     */
    protected abstract List<SellerApplication> invalidApplications();

    /**
     * A product the pavilion allows for export with no certificates attached, e.g. honey or tea.
     *
     * @return the listing
     */
    protected abstract ListingRequest allowedListing();

    /**
     * A product the pavilion blocks, if it blocks any.
     *
     * @return the listing, or empty to skip {@link #blockedListingIsBlockedWithReasons()}
     */
    protected Optional<ListingRequest> blockedListing() {
        return Optional.empty();
    }

    /**
     * Goods arriving in the pavilion's country that attract duty or tax, in the pavilion's currency.
     *
     * @return the request
     */
    protected abstract ImportRequest importRequest();

    /**
     * Goods under the pavilion's duty-free threshold, in its currency, if the country has one.
     *
     * @return the request, or empty to skip {@link #importUnderDeMinimisThresholdHasNoCharges()}
     */
    protected Optional<ImportRequest> deMinimisRequest() {
        return Optional.empty();
    }

    /**
     * An order shipping from the pavilion's country, for {@link #requiredDocumentsAreWellFormed()}. By
     * default the Russian sample goods in EUR from the pavilion's country to Germany (or to Russia from
     * Germany).
     *
     * @return the request
     */
    protected DocumentRequest documentRequest() {
        CountryCode origin = pavilion().profile().country();
        CountryCode destination = origin.equals(SampleTrade.DE) ? SampleTrade.RU : SampleTrade.DE;
        return SampleTrade.documentRequest("order-contract-1", origin, destination, SampleTrade.russianGoods("EUR"));
    }

    @Override
    protected final CountryPavilion createExtension() {
        return createPavilion();
    }

    /**
     * The pavilion under test.
     *
     * @return the pavilion
     */
    protected final CountryPavilion pavilion() {
        return extension();
    }

    /**
     * The profile names languages as BCP 47 tags, the country's own currency, and the registry schemes
     * it verifies, which include the valid application's.
     */
    @Test
    public void profileIsConsistent() {
        PavilionProfile profile = pavilion().profile();
        assertThat(profile).as("profile()").isNotNull();
        for (String tag : profile.languages()) {
            try {
                new Locale.Builder().setLanguageTag(tag);
            } catch (IllformedLocaleException e) {
                fail("language '%s' is not a BCP 47 tag such as ru or zh-CN", tag);
            }
        }
        Currency national = Currency.getInstance(new Locale.Builder().setRegion(profile.country().code()).build());
        if (national != null) {
            assertThat(profile.currency().code()).as("the currency of %s", profile.country()).isEqualTo(national.getCurrencyCode());
        }
        assertThat(profile.registrySchemes()).as("registry schemes").isNotEmpty()
                .allSatisfy(scheme -> assertThat(scheme).matches("[A-Z][A-Z0-9_]{1,31}"))
                .contains(validApplication().registryScheme());
    }

    /** A valid registry number is verified and comes back in canonical form: digits and upper-case letters. */
    @Test
    public void validApplicationIsVerifiedWithNormalizedNumber() {
        SellerVerification verification = verify(validApplication());
        assertThat(verification.status()).as("status of %s, reasons %s", validApplication().registryNumber(), verification.reasons())
                .isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verification.normalizedNumber()).as("normalized number").matches("[0-9A-Z]+");
        assertThat(verification.reasons()).as("reasons of a verified seller").isEmpty();
    }

    /** Every invalid registry number is rejected with at least one reason; none makes the pavilion throw. */
    @Test
    public void invalidApplicationsAreRejectedWithReasons() {
        List<SellerApplication> invalid = invalidApplications();
        assertThat(invalid).as("invalidApplications() must name at least one").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (SellerApplication application : invalid) {
            String number = application.registryScheme() + " " + application.registryNumber();
            try {
                SellerVerification verification = pavilion().verifySeller(application, context());
                softly.assertThat(verification.status()).as("status of %s", number).isEqualTo(VerificationStatus.REJECTED);
                softly.assertThat(verification.reasons()).as("reasons for rejecting %s", number).isNotEmpty();
            } catch (RuntimeException e) {
                softly.fail("verifying %s threw %s; a rejection is a result with reasons, not an exception", number, e);
            }
        }
        softly.assertAll();
    }

    /** The same application gets the same decision every time. */
    @Test
    public void verificationIsDeterministic() {
        List<SellerApplication> all = new ArrayList<>(invalidApplications());
        all.add(0, validApplication());
        for (SellerApplication application : all) {
            assertThat(verify(application)).as("second verification of %s", application.registryNumber()).isEqualTo(verify(application));
        }
    }

    /** An ordinary product is allowed without certificates. */
    @Test
    public void allowedListingIsAllowed() {
        ListingCheck check = pavilion().checkListing(allowedListing(), context());
        assertThat(check.status()).as("status of '%s' (HS %s), reasons %s", allowedListing().title(), allowedListing().hsCode(), check.reasons())
                .isEqualTo(ListingStatus.ALLOWED);
        assertThat(check.requiredCertificates()).isEmpty();
    }

    /** A product the pavilion may not export is blocked, with reasons. */
    @Test
    public void blockedListingIsBlockedWithReasons() {
        Optional<ListingRequest> blocked = blockedListing();
        Assumptions.assumeTrue(blocked.isPresent(), "blockedListing() not supplied");
        ListingCheck check = pavilion().checkListing(blocked.get(), context());
        assertThat(check.status()).as("status of '%s' (HS %s)", blocked.get().title(), blocked.get().hsCode()).isEqualTo(ListingStatus.BLOCKED);
        assertThat(check.reasons()).isNotEmpty();
    }

    /**
     * An assessment is in the pavilion's currency, every charge is non-negative and in that currency,
     * and the total is the sum of the charges.
     */
    @Test
    public void importAssessmentChargesAreInPavilionCurrencyAndAddUp() {
        ImportRequest request = importRequest();
        assertThat(request.currency()).as("importRequest() must be in the pavilion's currency").isEqualTo(pavilion().profile().currency());
        ImportAssessment assessment = pavilion().assessImport(request, context());
        assertThat(assessment.currency()).as("assessment currency").isEqualTo(pavilion().profile().currency());
        Money sum = Money.zero(assessment.currency());
        for (ImportCharge charge : assessment.charges()) {
            assertThat(charge.amount().currency()).as("currency of '%s'", charge.description()).isEqualTo(assessment.currency());
            assertThat(charge.amount().isNegative()).as("'%s' is negative", charge.description()).isFalse();
            assertThat(charge.description()).as("description of a %s charge", charge.type()).isNotBlank();
            sum = sum.plus(charge.amount());
        }
        assertThat(assessment.total()).isEqualTo(sum);
        assertThat(assessment.total().isZero()).as("importRequest() should attract duty or tax; charges were %s", assessment.charges()).isFalse();
    }

    /** The same goods are assessed the same way twice: assessing records nothing. */
    @Test
    public void importAssessmentIsDeterministic() {
        assertThat(pavilion().assessImport(importRequest(), context())).isEqualTo(pavilion().assessImport(importRequest(), context()));
    }

    /** Goods under the duty-free threshold owe nothing, and the assessment says the threshold applied. */
    @Test
    public void importUnderDeMinimisThresholdHasNoCharges() {
        Optional<ImportRequest> request = deMinimisRequest();
        Assumptions.assumeTrue(request.isPresent(), "deMinimisRequest() not supplied");
        ImportAssessment assessment = pavilion().assessImport(request.get(), context());
        assertThat(assessment.deMinimisApplied()).as("deMinimisApplied").isTrue();
        assertThat(assessment.total().isZero()).as("total of %s", assessment.charges()).isTrue();
        assertThat(assessment.currency()).isEqualTo(pavilion().profile().currency());
    }

    /** The export documents of an order are listed (possibly none), each saying what and why. */
    @Test
    public void requiredDocumentsAreWellFormed() {
        List<RequiredDocument> documents = pavilion().requiredDocuments(documentRequest(), context());
        assertThat(documents).as("requiredDocuments() must not be null (return an empty list)").isNotNull();
        for (RequiredDocument document : documents) {
            assertThat(document.description()).as("description of %s", document.type()).isNotBlank();
            assertThat(document.reason()).as("reason for %s", document.type()).isNotBlank();
        }
        assertThat(documents).as("documents are listed once").doesNotHaveDuplicates();
    }

    private SellerVerification verify(SellerApplication application) {
        return pavilion().verifySeller(application, context());
    }
}
