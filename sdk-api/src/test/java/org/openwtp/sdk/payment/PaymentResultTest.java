package org.openwtp.sdk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.money.Money;

class PaymentResultTest {

    private static final Money AMOUNT = Money.of("25.00", "EUR");
    private static final Reason TIMEOUT = Reason.of("PROVIDER_TIMEOUT", "no answer within 10 s; reconcile with retrieve");

    @Test
    void aSuccessCarriesNoReason() {
        PaymentResult ok = PaymentResult.succeeded(TransactionType.CAPTURE, "pay_1", AMOUNT);

        assertThat(ok.succeeded()).isTrue();
        assertThat(ok.reason()).isEmpty();
        assertThatThrownBy(() -> new PaymentResult(TransactionType.CAPTURE, TransactionStatus.SUCCEEDED, "pay_1", AMOUNT, Optional.of(TIMEOUT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a SUCCEEDED result carries no reason, had PROVIDER_TIMEOUT");
    }

    @ParameterizedTest
    @EnumSource(value = TransactionStatus.class, names = "SUCCEEDED", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherOutcomeNeedsAReason(TransactionStatus status) {
        assertThatThrownBy(() -> new PaymentResult(TransactionType.AUTHORIZE, status, "", AMOUNT, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a " + status + " result needs a reason");
        assertThat(PaymentResult.of(TransactionType.AUTHORIZE, status, "", AMOUNT, TIMEOUT).succeeded()).isFalse();
    }

    @Test
    void aDeclineKeepsTheProvidersReferenceAndReason() {
        PaymentResult declined = PaymentResult.declined(TransactionType.AUTHORIZE, "pay_2", AMOUNT,
                Reason.of("INSUFFICIENT_FUNDS", "the card has insufficient funds"));

        assertThat(declined.status()).isEqualTo(TransactionStatus.DECLINED);
        assertThat(declined.providerReference()).isEqualTo("pay_2");
        assertThat(declined.reason()).map(Reason::code).contains("INSUFFICIENT_FUNDS");
    }

    @Test
    void anAuthorizationMustBeForMoreThanZero() {
        assertThatThrownBy(() -> new AuthorizeRequest("p1", "o1", Money.of("0", "EUR"), PaymentMethod.of(PaymentMethodType.ESCROW), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an authorization must be for more than zero, was 0.00 EUR");
    }

    @Test
    void aPartialOperationMustBeForMoreThanZero() {
        assertThat(PaymentOperation.whole("pay_1").amount()).isEmpty();
        assertThatThrownBy(() -> PaymentOperation.of("pay_1", Money.of("0", "EUR")))
                .hasMessage("amount must be more than zero, was 0.00 EUR");
        assertThatThrownBy(() -> PaymentOperation.whole(" ")).hasMessage("provider reference must not be blank");
    }

    @Test
    void aSnapshotNeverCapturesMoreThanAuthorisedNorRefundsMoreThanCaptured() {
        Money ten = Money.of("10", "EUR");
        Money five = Money.of("5", "EUR");

        assertThatThrownBy(() -> new PaymentSnapshot("pay_1", PaymentState.CAPTURED, five, ten, Money.zero(ten.currency())))
                .hasMessage("captured 10.00 EUR exceeds authorized 5.00 EUR");
        assertThatThrownBy(() -> new PaymentSnapshot("pay_1", PaymentState.REFUNDED, ten, five, ten))
                .hasMessage("refunded 10.00 EUR exceeds captured 5.00 EUR");
    }

    @Test
    void aPaymentMethodNeverPrintsItsDetails() {
        PaymentMethod card = new PaymentMethod(PaymentMethodType.CARD, java.util.Map.of("number", "4111111111111111", "expiry", "12/30"));

        assertThat(card.toString()).startsWith("PaymentMethod[CARD, fields=").doesNotContain("4111");
    }
}
