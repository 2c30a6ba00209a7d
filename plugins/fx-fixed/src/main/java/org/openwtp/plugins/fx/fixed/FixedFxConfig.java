package org.openwtp.plugins.fx.fixed;

import java.util.List;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The configuration fields of the fixed FX source. The default table holds illustrative figures,
 * rounded, at about the level of the central banks' published reference rates in late summer 2025
 * (ECB euro reference rates for EUR/USD and EUR/CNY, Bank of Russia official rates for RUB, Bank Negara
 * Malaysia for MYR); they are no official fixing of any day, and an operator replaces them.
 */
final class FixedFxConfig {

    static final String RATES = "rates";
    static final String AS_OF = "asOf";
    static final String SOURCE = "source";

    static final String DEFAULT_RATES = ""
            + "# FROM/TO RATE: one unit of FROM buys RATE units of TO. Illustrative defaults; replace with the day's rates.\n"
            + "EUR/USD 1.1700\n"
            + "EUR/CNY 8.3300\n"
            + "EUR/RUB 94.00\n"
            + "EUR/MYR 4.9400\n"
            + "USD/RUB 80.50\n"
            + "USD/CNY 7.1300\n"
            + "USD/MYR 4.2200\n"
            + "CNY/RUB 11.2500\n";

    static final String DEFAULT_AS_OF = "2025-09-01";

    static final String DEFAULT_SOURCE = "fx-fixed illustrative defaults (approx. ECB / Bank of Russia / BNM reference levels, 2025-09)";

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
