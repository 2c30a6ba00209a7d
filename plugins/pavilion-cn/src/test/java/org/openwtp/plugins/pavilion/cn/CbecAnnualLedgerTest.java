package org.openwtp.plugins.pavilion.cn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openwtp.sdk.money.Money;
import org.openwtp.testkit.InMemoryKeyValueStore;

class CbecAnnualLedgerTest {

    private final CbecAnnualLedger ledger = new CbecAnnualLedger(new InMemoryKeyValueStore());

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void paidOrdersAddUpPerBuyerAndYear() {
        ledger.recordPaid("o1", "alice", 2026, cny("1000.00"));
        ledger.recordPaid("o2", "alice", 2026, cny("250.50"));
        ledger.recordPaid("o3", "bob", 2026, cny("99.00"));
        ledger.recordPaid("o4", "alice", 2025, cny("7000.00"));
        assertThat(ledger.total("alice", 2026)).isEqualTo(cny("1250.50"));
        assertThat(ledger.total("bob", 2026)).isEqualTo(cny("99.00"));
        assertThat(ledger.total("alice", 2025)).isEqualTo(cny("7000.00"));
        assertThat(ledger.total("carol", 2026)).isEqualTo(cny("0.00"));
    }

    @Test
    void redeliveredEventsCountOnce() {
        ledger.recordPaid("o1", "alice", 2026, cny("1000.00"));
        ledger.recordPaid("o1", "alice", 2026, cny("1000.00"));
        ledger.recordRefund("o1", "refund-event-1", cny("100.00"));
        ledger.recordRefund("o1", "refund-event-1", cny("100.00"));
        assertThat(ledger.total("alice", 2026)).isEqualTo(cny("900.00"));
    }

    @Test
    void refundsNeverTakeAnOrderBelowZeroAndCancellationRemovesIt() {
        ledger.recordPaid("o1", "alice", 2026, cny("1000.00"));
        ledger.recordPaid("o2", "alice", 2026, cny("500.00"));
        ledger.recordRefund("o1", "r1", cny("800.00"));
        ledger.recordRefund("o1", "r2", cny("800.00"));
        ledger.recordCancelled("o2");
        assertThat(ledger.total("alice", 2026)).isEqualTo(cny("0.00"));
    }

    @Test
    void refundsOfUnknownOrdersAreIgnored() {
        ledger.recordRefund("never-paid", "r1", cny("10.00"));
        assertThat(ledger.total("alice", 2026)).isEqualTo(cny("0.00"));
    }
}
