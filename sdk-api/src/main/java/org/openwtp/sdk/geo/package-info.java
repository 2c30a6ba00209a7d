/** Countries (ISO 3166-1 alpha-2) and postal addresses. */
package org.openwtp.sdk.geo;
