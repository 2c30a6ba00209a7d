/** Inbound webhooks: the raw request a plugin verifies, and the verified events it returns. */
package org.openwtp.sdk.webhook;
