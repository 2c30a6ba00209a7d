package org.openwtp.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks SDK API that may still change in a minor version. It is left out of the compatibility
 * promise of {@code docs/sdk-compatibility.md}; plugins that use it may need a rebuild.
 *
 * <p>Retained at run time so that the SDK's API surface guard (and a core that wants to warn about
 * plugins using experimental API) can see it by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Experimental {

    /**
     * The SDK version in which the API is expected to become stable, if known.
     *
     * @return a version such as {@code 1.2.0}, or an empty string
     */
    String eta() default "";
}
