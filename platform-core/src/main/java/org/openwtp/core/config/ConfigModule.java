package org.openwtp.core.config;

import com.google.inject.AbstractModule;
import java.util.Objects;

/** Binds the loaded {@link ServerConfig} so every feature can inject it. */
public final class ConfigModule extends AbstractModule {

    private final ServerConfig config;

    /**
     * @param config the configuration loaded by {@link ConfigLoader}
     */
    public ConfigModule(ServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        bind(ServerConfig.class).toInstance(config);
    }
}
