package org.openwtp.plugins.cardsandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwtp.plugins.support.payment.FormBody;
import org.openwtp.plugins.support.payment.StateCodec;
import org.openwtp.plugins.support.payment.Txn;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.payment.TransactionType;

class CardRulesTest {

    @ParameterizedTest
    @EnumSource(TestCard.class)
    void everyTestCardPassesLuhn(TestCard card) {
        assertThat(Luhn.isValid(card.number())).isTrue();
        assertThat(CardNumber.parse(card.number())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398713", "4111111111111111", "4012888888881881", "371449635398431", "6011111111111117"})
    void luhnAcceptsPublishedValidNumbers(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398710", "4242424242424241", "4242424242424243", "5555555555554443", "", "4242x24242424242"})
    void luhnRefusesWrongCheckDigitsAndNonDigits(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @Test
    void cardNumberAcceptsGroupingAndRefusesBadLengths() {
        assertThat(CardNumber.parse("4242 4242 4242 4242")).contains(new CardNumber("4242424242424242"));
        assertThat(CardNumber.parse("4242-4242-4242-4242")).isPresent();
        assertThat(CardNumber.parse("42424242424")).isEmpty(); // 11 digits
        assertThat(CardNumber.parse("42424242424242424242")).isEmpty(); // 20 digits
        assertThat(CardNumber.parse(null)).isEmpty();
        assertThat(CardNumber.parse("4242.4242.4242.4242")).isEmpty();
    }

    @Test
    void cardNumberNeverPrintsMoreThanTheLastFourDigits() {
        assertThat(new CardNumber("4242424242424242")).hasToString("CardNumber[****4242]");
    }

    @Test
    void brandsAreRecognisedFromTheirPrefixes() {
        assertThat(new CardNumber(TestCard.VISA_APPROVED.number()).brand()).isEqualTo("VISA");
        assertThat(new CardNumber(TestCard.MASTERCARD_APPROVED.number()).brand()).isEqualTo("MASTERCARD");
        assertThat(new CardNumber(TestCard.AMEX_APPROVED.number()).brand()).isEqualTo("AMEX");
        assertThat(new CardNumber(TestCard.UNIONPAY_APPROVED.number()).brand()).isEqualTo("UNIONPAY");
        assertThat(new CardNumber(TestCard.MIR_APPROVED.number()).brand()).isEqualTo("MIR");
    }

    @Test
    void cardIsValidThroughTheLastDayOfItsExpiryMonth() {
        CardExpiry expiry = CardExpiry.parse("11/26").orElseThrow();
        assertThat(expiry.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(expiry.isExpiredAt(Instant.parse("2026-11-30T23:59:59Z"))).isFalse();
        assertThat(expiry.isExpiredAt(Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
        assertThat(expiry.isExpiredAt(Instant.parse("2026-11-01T00:00:00Z"))).isFalse();
    }

    @Test
    void decemberExpiryRollsIntoTheNextYear() {
        CardExpiry expiry = CardExpiry.parse("12/26").orElseThrow();
        assertThat(expiry.isExpiredAt(Instant.parse("2026-12-31T23:59:59Z"))).isFalse();
        assertThat(expiry.isExpiredAt(Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/26", "00/26", "1/26", "11/2026", "11-26", "", "ab/cd"})
    void malformedExpiriesAreRefused(String text) {
        assertThat(CardExpiry.parse(text)).isEmpty();
    }

    @Test
    void stateCodecRoundTripsAwkwardText() {
        Map<String, String> fields = Map.of("plain", "abc", "a=b", "x=y\nz\r%20,|;", "unicode", "Москва 北京 ✓", "empty", "");
        assertThat(StateCodec.decode(StateCodec.encode(fields))).isEqualTo(fields);
        List<String> items = List.of("a,b", "", "c%2C", "line\nbreak");
        assertThat(StateCodec.splitList(StateCodec.joinList(items))).isEqualTo(items);
        assertThat(StateCodec.splitList("")).isEmpty();
    }

    @Test
    void stateCodecRefusesCorruptText() {
        assertThatThrownBy(() -> StateCodec.decode("novalue\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StateCodec.decode("k=%zz\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PaymentRecord.decode("v=2\n")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void paymentRecordRoundTrips() {
        Instant t = Instant.parse("2026-01-02T03:04:05.678Z");
        PaymentRecord r = new PaymentRecord("sbx_0123", "pay=1\n", "order,1", org.openwtp.sdk.money.CurrencyCode.of("JPY"),
                PaymentRecord.Phase.AUTHORIZED, 1000, 400, 100, false, t, t, t.plusSeconds(60), CardBehaviour.TIMEOUT_AFTER_CAPTURE,
                "VISA", "4242", "fp", List.of(new Txn(TransactionType.AUTHORIZE, TransactionStatus.SUCCEEDED, 1000, "k1",
                java.util.Optional.empty(), t), new Txn(TransactionType.CAPTURE, TransactionStatus.DECLINED, 5, "k2",
                java.util.Optional.of(org.openwtp.sdk.Reason.of("AMOUNT_EXCEEDS_AUTHORIZED", "no, a=b, c,d\n")), t)));
        assertThat(PaymentRecord.decode(r.encode())).isEqualTo(r);
    }

    @Test
    void formBodyIsParsedStrictly() {
        assertThat(FormBody.parse("a=1&b=x%26y".getBytes())).contains(Map.of("a", "1", "b", "x&y"));
        assertThat(FormBody.parse("a=1&a=2".getBytes())).isEmpty();
        assertThat(FormBody.parse("a".getBytes())).isEmpty();
        assertThat(FormBody.parse("a=%zz".getBytes())).isEmpty();
        assertThat(FormBody.parse(new byte[] {(byte) 0xff, (byte) 0xfe})).isEmpty();
    }
}
