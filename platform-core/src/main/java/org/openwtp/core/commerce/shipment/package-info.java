/**
 * Shipments through the carrier chosen in the quote: booking with the customs declaration (capturing the
 * payment first), tracking by carrier webhooks and lookups, and the order's move to DELIVERED.
 */
package org.openwtp.core.commerce.shipment;
