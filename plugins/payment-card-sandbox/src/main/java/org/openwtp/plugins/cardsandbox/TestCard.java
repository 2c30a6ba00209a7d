package org.openwtp.plugins.cardsandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documented test cards of the sandbox, in the style of real acquirer sandboxes (most numbers
 * are the ones Stripe's test mode uses for the same outcome). Any future expiry date and any holder
 * name work. Every number passes the Luhn check.
 */
public enum TestCard {
    /** Visa, approved. */
    VISA_APPROVED("4242424242424242", CardBehaviour.APPROVE),
    /** Mastercard, approved. */
    MASTERCARD_APPROVED("5555555555554444", CardBehaviour.APPROVE),
    /** American Express, approved (15 digits). */
    AMEX_APPROVED("378282246310005", CardBehaviour.APPROVE),
    /** UnionPay, approved. */
    UNIONPAY_APPROVED("6200000000000005", CardBehaviour.APPROVE),
    /** Mir, approved. */
    MIR_APPROVED("2200000000000004", CardBehaviour.APPROVE),
    /** Declined with {@code CARD_DECLINED}. */
    DECLINED_GENERIC("4000000000000002", CardBehaviour.DECLINE_GENERIC),
    /** Declined with {@code INSUFFICIENT_FUNDS}. */
    DECLINED_INSUFFICIENT_FUNDS("4000000000009995", CardBehaviour.DECLINE_INSUFFICIENT_FUNDS),
    /** Declined with {@code STOLEN_CARD}. */
    DECLINED_STOLEN("4000000000009979", CardBehaviour.DECLINE_STOLEN),
    /** FAILED with {@code PROCESSING_ERROR}. */
    PROCESSING_ERROR("4000000000000119", CardBehaviour.PROCESSING_ERROR),
    /** PENDING, then AUTHORIZED after the settlement delay. */
    PENDING_THEN_APPROVED("4000000000001257", CardBehaviour.PENDING_THEN_APPROVE),
    /** Authorization answers UNKNOWN but was recorded. */
    AUTHORIZE_TIMES_OUT_AFTER_CHARGING("4000000000001265", CardBehaviour.TIMEOUT_AFTER_AUTHORIZE),
    /** Captures answer UNKNOWN but are recorded. */
    CAPTURE_TIMES_OUT_AFTER_CAPTURING("4000000000001273", CardBehaviour.TIMEOUT_AFTER_CAPTURE);

    private final String number;
    private final CardBehaviour behaviour;

    TestCard(String number, CardBehaviour behaviour) {
        this.number = number;
        this.behaviour = behaviour;
    }

    /**
     * The card number.
     *
     * @return the digits
     */
    public String number() {
        return number;
    }

    /**
     * What the sandbox does with the card.
     *
     * @return the behaviour
     */
    public CardBehaviour behaviour() {
        return behaviour;
    }

    /**
     * The test card with a number.
     *
     * @param number a valid card number
     * @return the test card, or empty for any other number
     */
    public static Optional<TestCard> find(CardNumber number) {
        return Arrays.stream(values()).filter(c -> c.number.equals(number.digits())).findFirst();
    }
}
