package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.ConfigSchema;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.openwtp.sdk.config.PluginConfig;

/**
 * What every contract suite shares: the extension under test, the tenant configuration it runs with,
 * a fresh {@link TestingPluginContext} per test, and the checks on declared configuration fields.
 *
 * <p>JUnit creates one instance of the suite per test method, so every test gets a fresh extension
 * (from {@link #createExtension()}, called once per instance) and a fresh context with an empty store.
 * Suites are usable without JUnit too: a check method can be called directly on a new instance.
 *
 * @param <E> the extension point
 */
public abstract class ExtensionContract<E extends ConfigurableExtension> {
    private final AtomicInteger keys = new AtomicInteger();
    private E extension;
    private TestingPluginContext context;

    /** For subclasses. */
    protected ExtensionContract() {
    }

    /**
     * Creates the extension under test, as the plugin's extension factory would.
     *
     * @return a new instance
     */
    protected abstract E createExtension();

    /**
     * The tenant configuration the suite runs with, as a tenant admin would enter it: raw text values,
     * validated and completed with defaults exactly as the core does.
     *
     * @return field names to values; by default none, so every required field must be supplied here
     */
    protected Map<String, String> configuration() {
        return Map.of();
    }

    /**
     * Customises the context every test uses (clock, tenant, deadline). The default builder already
     * holds the extension and {@link #configuration()}.
     *
     * @param builder a builder holding the extension and configuration
     * @return the builder to build from
     */
    protected TestingPluginContext.Builder customizeContext(TestingPluginContext.Builder builder) {
        return builder;
    }

    /**
     * The extension under test, created on first use.
     *
     * @return the extension
     */
    protected final E extension() {
        if (extension == null) {
            extension = createExtension();
            assertThat(extension).as("createExtension() must return an extension").isNotNull();
        }
        return extension;
    }

    /**
     * This test's context, without an idempotency key, created on first use.
     *
     * @return the context
     */
    protected final TestingPluginContext context() {
        if (context == null) {
            context = customizeContext(TestingPluginContext.builder().extension(extension()).config(configuration())).build();
        }
        return context;
    }

    /**
     * This test's context with a new, unique idempotency key.
     *
     * @param operation what the key is for, e.g. {@code capture}; part of the key
     * @return the context for a mutating call
     */
    protected final TestingPluginContext newKey(String operation) {
        return context().withIdempotencyKey(getClass().getSimpleName().replaceAll("[^A-Za-z0-9]", "") + "-" + operation + "-" + keys.incrementAndGet());
    }

    /**
     * A declared field is well formed: its default is accepted by its own type, and a console can
     * render it (the SDK's {@link ConfigField} checks the rest when it is built).
     */
    @Test
    public void declaredConfigFieldsAreWellFormed() {
        List<ConfigField> fields = extension().configFields();
        assertThat(fields).as("configFields() must not be null (return an empty list)").isNotNull();
        ConfigSchema schema = ConfigSchema.of(fields);
        for (ConfigField field : fields) {
            field.defaultValue().ifPresent(value -> assertThat(schema.validate(Map.of(field.name(), value)))
                    .as("default '%s' of field '%s' must be a valid %s", value, field.name(), field.type())
                    .filteredOn(p -> p.field().equals(field.name()))
                    .isEmpty());
            if (field.type() == ConfigFieldType.SECRET) {
                assertThat(field.defaultValue()).as("SECRET field '%s' must not have a default", field.name()).isEmpty();
            }
        }
    }

    /**
     * The configuration the suite runs with passes the schema and the extension's own semantic
     * checks; so do the declared defaults alone when nothing is required.
     */
    @Test
    public void configurationPassesValidation() {
        ConfigSchema schema = extension().configSchema();
        List<ConfigProblem> problems = schema.validate(configuration());
        assertThat(problems).as("the suite's configuration() must pass the declared fields").isEmpty();
        PluginConfig config = schema.apply(configuration());
        assertThat(extension().validateConfig(config)).as("validateConfig of the suite's configuration()").isEmpty();
        if (extension().configFields().stream().noneMatch(ConfigField::required)) {
            assertThat(extension().validateConfig(schema.apply(Map.of())))
                    .as("nothing is required, so the defaults alone must make a valid configuration").isEmpty();
        }
    }
}
