/**
 * The OpenWTP SDK: what a country pavilion, payment provider, carrier or FX source plugin implements,
 * and the value types it exchanges with the core. Every call into a plugin takes a
 * {@link org.openwtp.sdk.context.PluginContext}; business outcomes are results carrying
 * {@link org.openwtp.sdk.Reason}s, exceptions are for bugs and outages.
 */
package org.openwtp.sdk;
