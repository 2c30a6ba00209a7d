package org.openwtp.core.commerce.payment.internal;

import java.time.Instant;
import org.openwtp.sdk.payment.TransactionType;

/** One row of {@code payment_transactions}; status is REQUESTED, SUCCEEDED, DECLINED, FAILED, PENDING or UNKNOWN. */
public record TxRow(String transactionId, String paymentId, TransactionType type, String status, long amount,
                    String idempotencyKey, String source, String matchedEventId, int checkAttempts, String reasonCode,
                    String reasonMessage, String note, Instant createdAt) {

    /** @return true while the outcome is not final */
    public boolean open() {
        return status.equals("REQUESTED") || status.equals("PENDING") || status.equals("UNKNOWN");
    }
}
