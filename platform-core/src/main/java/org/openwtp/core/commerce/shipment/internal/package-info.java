/** Storage of shipments and tracking events; not for other features. */
package org.openwtp.core.commerce.shipment.internal;
