/** The country pavilion extension point: seller verification, export compliance, import rules, documents. */
package org.openwtp.sdk.pavilion;
