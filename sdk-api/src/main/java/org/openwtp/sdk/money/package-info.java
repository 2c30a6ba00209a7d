/** Money as minor units with an ISO 4217 currency, and exchange rates. */
package org.openwtp.sdk.money;
