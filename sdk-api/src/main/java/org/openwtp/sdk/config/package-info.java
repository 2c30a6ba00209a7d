/** Declared per-tenant configuration of an extension: fields, their validation and the values a call sees. */
package org.openwtp.sdk.config;
