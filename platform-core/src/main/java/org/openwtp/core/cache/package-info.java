/**
 * Small in-process caches shared by features: {@link org.openwtp.core.cache.ReadThroughCache}, bounded in size
 * and age, invalidated at once by this process's writes and never storing a read that raced with one.
 */
package org.openwtp.core.cache;
