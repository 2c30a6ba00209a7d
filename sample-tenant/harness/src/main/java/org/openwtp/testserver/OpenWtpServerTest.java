package org.openwtp.testserver;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real OpenWTP core started in-process once for the class
 * ({@link OpenWtpTestServer}): the bundled plugins, the plugin under test built from the project's
 * {@code target/classes}, the sample tenant installed. Test methods, constructors and {@code @BeforeAll}
 * methods receive a {@link SampleTenantClient} (or the {@link OpenWtpTestServer}) as a parameter.
 *
 * <pre>{@code
 * @OpenWtpServerTest
 * class KazakhPavilionServerTest {
 *     @Test
 *     void pavilionIsListed(SampleTenantClient client) {
 *         client.storefront().get("/v1/pavilions").expectStatus(200);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OpenWtpServerExtension.class)
public @interface OpenWtpServerTest {

    /** @return extra settings as {@code key=value}, e.g. {@code "quote.timeout=2s"} */
    String[] settings() default {};

    /** @return whether to pack the project's compiled classes as the plugin under test (when it is a plugin project) */
    boolean pluginUnderTest() default true;

    /** @return whether to install the sample tenant */
    boolean sampleTenant() default true;
}
