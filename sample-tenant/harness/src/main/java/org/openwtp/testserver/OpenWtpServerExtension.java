package org.openwtp.testserver;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link OpenWtpServerTest}: starts one {@link OpenWtpTestServer} before the
 * class's tests, resolves {@link SampleTenantClient} and {@link OpenWtpTestServer} parameters, and stops it
 * (deleting its database) after them. Thread-safe.
 */
public final class OpenWtpServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenWtpServerExtension.class);
    private static final String KEY = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        OpenWtpServerTest options = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OpenWtpServerTest.class)
                .orElse(null);
        OpenWtpTestServer.Builder builder = OpenWtpTestServer.builder();
        if (options != null) {
            for (String setting : options.settings()) {
                int eq = setting.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("@OpenWtpServerTest settings are key=value, was '" + setting + "'");
                }
                builder.setting(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
            }
            if (!options.pluginUnderTest()) {
                builder.withoutPluginUnderTest();
            }
            builder.sampleTenant(options.sampleTenant());
        }
        context.getStore(NAMESPACE).put(KEY, builder.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        OpenWtpTestServer server = context.getStore(NAMESPACE).remove(KEY, OpenWtpTestServer.class);
        if (server != null) {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SampleTenantClient.class || type == OpenWtpTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        OpenWtpTestServer server = find(context);
        if (parameter.getParameter().getType() == OpenWtpTestServer.class) {
            return server;
        }
        if (server.client() == null) {
            throw new ParameterResolutionException("no SampleTenantClient: the test server was started with sampleTenant = false");
        }
        return server.client();
    }

    private static OpenWtpTestServer find(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            OpenWtpTestServer server = c.getStore(NAMESPACE).get(KEY, OpenWtpTestServer.class);
            if (server != null) {
                return server;
            }
        }
        throw new ParameterResolutionException("the OpenWTP test server is not running; annotate the class with @OpenWtpServerTest");
    }
}
