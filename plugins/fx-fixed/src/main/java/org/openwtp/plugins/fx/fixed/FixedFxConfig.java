package org.openwtp.plugins.fx.fixed;

import java.util.List;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The configuration fields of the fixed FX source. The default table is the Bank of Russia's official
 * rates in force on 13 December 2025 (set on 12 December), copied as published; the three pairs without
 * RUB are cross rates derived from them, and {@link #DEFAULT_SOURCE} says so. See
 * {@code docs/plugins/fx-fixed.md} for the figures' provenance. An operator replaces them with the day's rates.
 */
final class FixedFxConfig {

    static final String RATES = "rates";
    static final String AS_OF = "asOf";
    static final String SOURCE = "source";

    static final String DEFAULT_RATES = ""
            + "# FROM/TO RATE: one unit of FROM buys RATE units of TO.\n"
            + "# Bank of Russia official rates in force on 2025-12-13 (cbr.ru, XML_daily), as published:\n"
            + "USD/RUB 79.7296\n"
            + "EUR/RUB 93.5626\n"
            + "CNY/RUB 11.2726\n"
            + "# Cross rates derived from the three lines above via RUB, rounded half up to 4 decimals:\n"
            + "EUR/USD 1.1735\n"
            + "EUR/CNY 8.3000\n"
            + "USD/CNY 7.0729\n";

    static final String DEFAULT_AS_OF = "2025-12-13";

    static final String DEFAULT_SOURCE = "Bank of Russia official rates of 2025-12-13 (cbr.ru); EUR/USD, EUR/CNY, USD/CNY derived "
            + "from them via RUB";

    static final List<ConfigField> FIELDS = List.of(
            ConfigField.withDefault(RATES, ConfigFieldType.TEXT, DEFAULT_RATES,
                    "Exchange rates, one per line: 'FROM/TO RATE' (one FROM buys RATE TO), e.g. 'EUR/RUB 98.50'. The inverse of a "
                            + "listed pair is derived; cross rates through a third currency are not"),
            ConfigField.withDefault(AS_OF, ConfigFieldType.STRING, DEFAULT_AS_OF,
                    "When the rates were valid: an ISO date (00:00 UTC) such as 2025-09-01, or an instant"),
            ConfigField.withDefault(SOURCE, ConfigFieldType.STRING, DEFAULT_SOURCE,
                    "Who published the rates, shown with every rate, e.g. 'Bank of Russia official rates'"));

    private FixedFxConfig() {
    }

    /** A field's value, or its declared default when the configuration lacks it. */
    static String value(PluginConfig config, String field) {
        return config.find(field).orElseGet(() -> FIELDS.stream().filter(f -> f.name().equals(field)).findFirst()
                .flatMap(ConfigField::defaultValue).orElse(""));
    }
}
