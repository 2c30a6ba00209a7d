/** The carrier extension point: services, rates, shipments with customs declarations, tracking. */
package org.openwtp.sdk.carrier;
