/** Storage of payments, their transactions and applied webhook events; not for other features. */
package org.openwtp.core.commerce.payment.internal;
