/** The payment provider extension point: authorize, capture, void, refund, retrieve, webhooks. */
package org.openwtp.sdk.payment;
