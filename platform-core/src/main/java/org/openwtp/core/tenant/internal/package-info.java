/** DAOs and the database-backed plugin directory of the tenant feature; not for other features. */
package org.openwtp.core.tenant.internal;
