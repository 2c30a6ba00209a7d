/** Order events delivered to listening plugins. */
package org.openwtp.sdk.events;
