package org.openwtp.core.commerce.payment;

import org.openwtp.core.commerce.MoneyView;
import org.openwtp.sdk.payment.TransactionStatus;
import org.openwtp.sdk.payment.TransactionType;

/**
 * The outcome of one payment operation as the API shows it (e.g. a refund).
 *
 * @param transactionId the core's id of the operation
 * @param type          AUTHORIZE, CAPTURE, VOID or REFUND
 * @param status        SUCCEEDED, DECLINED, FAILED, PENDING or UNKNOWN (the last two are settled by the reconciler)
 * @param amount        the amount
 * @param reasonCode    why it was not SUCCEEDED, empty otherwise
 * @param reasonMessage the provider's explanation
 */
public record PaymentOutcome(String transactionId, TransactionType type, TransactionStatus status, MoneyView amount,
                             String reasonCode, String reasonMessage) {
}
