package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;

/**
 * The duties and import taxes a buyer's country levies on a parcel.
 *
 * <p>Who pays them, and when, normally follows the incoterm of the shipping option: under DAP the recipient
 * pays customs (or the carrier) on delivery; under DDP the shipper pays, so the platform collects them at
 * checkout unless the carrier's price already includes them. Some countries instead make the platform withhold
 * the charges at checkout whatever the incoterm (China's cross-border e-commerce retail imports, for example);
 * a pavilion says so with a note whose code is {@link #COLLECTED_AT_CHECKOUT}, and the core then charges every
 * charge of the assessment with the order ({@link #collectedAtCheckout()}).
 *
 * @param regime           the customs regime applied, e.g. {@code DE_MINIMIS}, {@code CBEC_RETAIL}, {@code GENERAL_TRADE}
 * @param deMinimisApplied whether the parcel stayed under a duty-free threshold
 * @param charges          the charges, possibly none
 * @param notes            what the buyer should know (limits close to being reached, a regime change)
 * @param currency         the currency of every charge
 */
public record ImportAssessment(String regime, boolean deMinimisApplied, List<ImportCharge> charges, List<Reason> notes,
                               CurrencyCode currency) {

    private static final Pattern REGIME = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /**
     * The code of the note by which a pavilion says that the platform (or its agent) must collect every charge
     * of the assessment from the buyer at checkout, whatever the incoterm, and remit it to customs. The note's
     * message tells the buyer why, e.g. {@code Reason.of(ImportAssessment.COLLECTED_AT_CHECKOUT, "CBEC taxes
     * are withheld by the platform at checkout")}.
     */
    public static final String COLLECTED_AT_CHECKOUT = "COLLECTED_AT_CHECKOUT";

    /**
     * Validates the assessment and that every charge is in {@code currency}.
     *
     * @param regime           the customs regime applied, e.g. {@code DE_MINIMIS}, {@code CBEC_RETAIL}, {@code GENERAL_TRADE}
     * @param deMinimisApplied whether the parcel stayed under a duty-free threshold
     * @param charges          the charges, possibly none
     * @param notes            what the buyer should know (limits close to being reached, a regime change)
     * @param currency         the currency of every charge
     */
    public ImportAssessment {
        Objects.requireNonNull(regime, "regime must not be null");
        if (!REGIME.matcher(regime).matches()) {
            throw new IllegalArgumentException("regime '" + regime + "' is not accepted: use an upper-case code such as DE_MINIMIS");
        }
        charges = List.copyOf(Objects.requireNonNull(charges, "charges must not be null"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes must not be null"));
        Objects.requireNonNull(currency, "currency must not be null");
        for (ImportCharge charge : charges) {
            if (!charge.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("charge '" + charge.description() + "' is in " + charge.amount().currency() + ", not " + currency);
            }
        }
    }

    /**
     * No duty or tax: the parcel is under the threshold.
     *
     * @param currency the assessment's currency
     * @param notes    notes for the buyer
     * @return the assessment
     */
    public static ImportAssessment deMinimis(CurrencyCode currency, List<Reason> notes) {
        return new ImportAssessment("DE_MINIMIS", true, List.of(), notes, currency);
    }

    /**
     * Whether the platform must collect the charges at checkout whatever the incoterm: a note has the code
     * {@link #COLLECTED_AT_CHECKOUT}.
     *
     * @return true if collected with the order; false if they follow the incoterm
     */
    public boolean collectedAtCheckout() {
        return notes.stream().anyMatch(note -> note.code().equals(COLLECTED_AT_CHECKOUT));
    }

    /**
     * The sum of every charge.
     *
     * @return the total
     */
    public Money total() {
        Money sum = Money.zero(currency);
        for (ImportCharge charge : charges) {
            sum = sum.plus(charge.amount());
        }
        return sum;
    }

    /**
     * The sum of the charges of one type.
     *
     * @param type the type
     * @return the total of that type
     */
    public Money total(ChargeType type) {
        Money sum = Money.zero(currency);
        for (ImportCharge charge : charges) {
            if (charge.type() == type) {
                sum = sum.plus(charge.amount());
            }
        }
        return sum;
    }
}
