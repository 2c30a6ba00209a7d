/** Goods in trade: HS codes, weights, parcels, customs lines and declarations, Incoterms. */
package org.openwtp.sdk.trade;
