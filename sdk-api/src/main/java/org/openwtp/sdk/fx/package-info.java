/** The FX rate source extension point. */
package org.openwtp.sdk.fx;
