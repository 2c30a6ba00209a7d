package org.openwtp.plugins.carrier.post;

import java.util.List;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The configuration fields of the post carrier and their defaults. The zones, rates and transit days are
 * illustrative figures in the shape of a national post's international tariff (Russian Post style: zones by
 * country, weight brackets, a price per extra kilogram): no published tariff to replace them was found, and
 * an operator replaces them with their own. The SDR rates are published figures of 12-13 December 2025.
 * See {@code docs/plugins/carrier-post.md}, which also says what was searched.
 */
final class PostConfig {

    static final String ORIGIN_COUNTRY = "originCountry";
    static final String CURRENCY = "currency";
    static final String ZONES = "zones";
    static final String RATES = "rates";
    static final String TRANSIT_DAYS = "transitDays";
    static final String VOLUMETRIC_DIVISOR = "volumetricDivisor";
    static final String PARCEL_MAX_WEIGHT_KG = "parcelMaxWeightKg";
    static final String EMS_MAX_WEIGHT_KG = "emsMaxWeightKg";
    static final String SDR_RATES = "sdrRates";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String WEBHOOK_TOLERANCE_SECONDS = "webhookToleranceSeconds";
    static final String SANDBOX_AUTO_ADVANCE = "sandboxAutoAdvance";

    /** Destination zones: countries to zone, {@code *} for every other country. */
    static final String DEFAULT_ZONES = ""
            + "# COUNTRY [COUNTRY...] = ZONE      ('*' = every other country; leave it out to refuse them)\n"
            + "BY KZ AM KG = 1                    # EAEU\n"
            + "UZ TJ AZ GE MD MN = 2              # other neighbours\n"
            + "CN KR JP VN TH MY SG IN TR AE IL = 3 # Asia\n"
            + "DE FR IT ES NL BE AT CZ PL FI SE NO DK CH GB RS HU PT GR IE = 4 # Europe\n"
            + "* = 5                              # rest of the world\n";

    /** Rate brackets per service and zone, prices in {@link #CURRENCY}. */
    static final String DEFAULT_RATES = ""
            + "# SERVICE       ZONE  UP_TO_KG  PRICE    [EXTRA_PER_KG over the last bracket]\n"
            + "SMALL_PACKET  1    0.1  330.00\n"
            + "SMALL_PACKET  1   0.25  390.00\n"
            + "SMALL_PACKET  1    0.5  470.00\n"
            + "SMALL_PACKET  1      1  640.00\n"
            + "SMALL_PACKET  1      2  960.00\n"
            + "SMALL_PACKET  2    0.1  360.00\n"
            + "SMALL_PACKET  2   0.25  430.00\n"
            + "SMALL_PACKET  2    0.5  530.00\n"
            + "SMALL_PACKET  2      1  730.00\n"
            + "SMALL_PACKET  2      2  1110.00\n"
            + "SMALL_PACKET  3    0.1  410.00\n"
            + "SMALL_PACKET  3   0.25  500.00\n"
            + "SMALL_PACKET  3    0.5  630.00\n"
            + "SMALL_PACKET  3      1  890.00\n"
            + "SMALL_PACKET  3      2  1380.00\n"
            + "SMALL_PACKET  4    0.1  440.00\n"
            + "SMALL_PACKET  4   0.25  540.00\n"
            + "SMALL_PACKET  4    0.5  690.00\n"
            + "SMALL_PACKET  4      1  990.00\n"
            + "SMALL_PACKET  4      2  1560.00\n"
            + "SMALL_PACKET  5    0.1  490.00\n"
            + "SMALL_PACKET  5   0.25  610.00\n"
            + "SMALL_PACKET  5    0.5  790.00\n"
            + "SMALL_PACKET  5      1  1150.00\n"
            + "SMALL_PACKET  5      2  1840.00\n"
            + "PARCEL        1      1  1150.00\n"
            + "PARCEL        1      2  1390.00\n"
            + "PARCEL        1      5  2050.00  260.00\n"
            + "PARCEL        2      1  1290.00\n"
            + "PARCEL        2      2  1580.00\n"
            + "PARCEL        2      5  2400.00  310.00\n"
            + "PARCEL        3      1  1520.00\n"
            + "PARCEL        3      2  1900.00\n"
            + "PARCEL        3      5  2980.00  390.00\n"
            + "PARCEL        4      1  1650.00\n"
            + "PARCEL        4      2  2080.00\n"
            + "PARCEL        4      5  3340.00  450.00\n"
            + "PARCEL        5      1  1880.00\n"
            + "PARCEL        5      2  2400.00\n"
            + "PARCEL        5      5  3960.00  560.00\n"
            + "EMS           1    0.5  1950.00\n"
            + "EMS           1      1  2150.00\n"
            + "EMS           1      2  2500.00  350.00\n"
            + "EMS           2    0.5  2300.00\n"
            + "EMS           2      1  2550.00\n"
            + "EMS           2      2  3000.00  430.00\n"
            + "EMS           3    0.5  2700.00\n"
            + "EMS           3      1  3000.00\n"
            + "EMS           3      2  3600.00  540.00\n"
            + "EMS           4    0.5  2900.00\n"
            + "EMS           4      1  3250.00\n"
            + "EMS           4      2  3950.00  610.00\n"
            + "EMS           5    0.5  3400.00\n"
            + "EMS           5      1  3800.00\n"
            + "EMS           5      2  4650.00  760.00\n";

    /** Transit days per service and zone. */
    static final String DEFAULT_TRANSIT_DAYS = ""
            + "# SERVICE  ZONE  MIN-MAX days\n"
            + "SMALL_PACKET 1 7-14\n"
            + "SMALL_PACKET 2 10-20\n"
            + "SMALL_PACKET 3 12-25\n"
            + "SMALL_PACKET 4 14-30\n"
            + "SMALL_PACKET 5 20-45\n"
            + "PARCEL 1 8-16\n"
            + "PARCEL 2 10-22\n"
            + "PARCEL 3 14-30\n"
            + "PARCEL 4 15-35\n"
            + "PARCEL 5 25-50\n"
            + "EMS 1 3-6\n"
            + "EMS 2 4-8\n"
            + "EMS 3 5-10\n"
            + "EMS 4 5-12\n"
            + "EMS 5 7-15\n";

    /**
     * Units of each currency per SDR (IMF Special Drawing Right, ISO 4217 XDR) on 12-13 December 2025. USD, EUR,
     * CNY and MYR: the IMF's published "SDR per currency unit" of 12 December 2025, inverted to six significant
     * digits. RUB: the Bank of Russia's official XDR rate in force on 13 December 2025, as published (the IMF's
     * December 2025 tables have no rouble line). KZT: derived from the Bank of Russia's XDR and KZT rates of that day.
     */
    static final String DEFAULT_SDR_RATES = ""
            + "# XDR/CURRENCY  units of the currency per 1 SDR; update from the IMF's daily SDR valuation\n"
            + "XDR/USD 1.36682    # IMF, 2025-12-12: 1 USD = 0.731627 SDR\n"
            + "XDR/EUR 1.16513    # IMF, 2025-12-12: 1 EUR = 0.858272 SDR\n"
            + "XDR/CNY 9.64329    # IMF, 2025-12-12: 1 CNY = 0.103699 SDR\n"
            + "XDR/MYR 5.60532    # IMF, 2025-12-12: 1 MYR = 0.178402 SDR\n"
            + "XDR/RUB 108.9401   # Bank of Russia official rate, 2025-12-13\n"
            + "XDR/KZT 710.54     # Bank of Russia, 2025-12-13: 108.9401 RUB per SDR / 15.3320 RUB per 100 KZT\n";

    static final List<ConfigField> FIELDS = List.of(
            ConfigField.withDefault(ORIGIN_COUNTRY, ConfigFieldType.STRING, "RU",
                    "ISO 3166-1 alpha-2 country of the post: shipments must start there, and it ends every S10 tracking number"),
            ConfigField.withDefault(CURRENCY, ConfigFieldType.STRING, "RUB", "ISO 4217 currency of the rate table and of every quote"),
            ConfigField.withDefault(ZONES, ConfigFieldType.TEXT, DEFAULT_ZONES,
                    "Destination zones, one line per zone: 'COUNTRY [COUNTRY...] = ZONE'; '* = ZONE' for every other country"),
            ConfigField.withDefault(RATES, ConfigFieldType.TEXT, DEFAULT_RATES,
                    "Rate brackets, one per line: 'SERVICE ZONE UP_TO_KG PRICE [EXTRA_PER_KG]'; the extra price per started kg "
                            + "applies above the heaviest bracket; services SMALL_PACKET, PARCEL, EMS"),
            ConfigField.withDefault(TRANSIT_DAYS, ConfigFieldType.TEXT, DEFAULT_TRANSIT_DAYS,
                    "Transit days, one per line: 'SERVICE ZONE MIN-MAX'; every priced service and zone needs one"),
            ConfigField.withDefault(VOLUMETRIC_DIVISOR, ConfigFieldType.INTEGER, "6000",
                    "Volumetric divisor in cm3/kg for EMS (small packets and parcels are charged by actual weight)"),
            ConfigField.withDefault(PARCEL_MAX_WEIGHT_KG, ConfigFieldType.DECIMAL, "20", "Weight limit of a PARCEL in kg (UPU base limit 20)"),
            ConfigField.withDefault(EMS_MAX_WEIGHT_KG, ConfigFieldType.DECIMAL, "30", "Weight limit of an EMS item in kg (commonly 30)"),
            ConfigField.withDefault(SDR_RATES, ConfigFieldType.TEXT, DEFAULT_SDR_RATES,
                    "SDR rates for the CN22/CN23 choice, one per line: 'XDR/CURRENCY UNITS_PER_SDR'; a value in a currency not "
                            + "listed gets a CN23"),
            ConfigField.optional(WEBHOOK_SECRET, ConfigFieldType.SECRET,
                    "HMAC-SHA256 key of tracking webhooks; without it every tracking webhook is refused"),
            ConfigField.withDefault(WEBHOOK_TOLERANCE_SECONDS, ConfigFieldType.INTEGER, "300",
                    "Replay window: how many seconds a webhook's signed time may differ from now"),
            ConfigField.withDefault(SANDBOX_AUTO_ADVANCE, ConfigFieldType.BOOLEAN, "false",
                    "Sandbox: when true, tracking advances on its own over the quoted transit time"));

    private PostConfig() {
    }

    /**
     * A field's value, or its declared default when the configuration lacks it (a configuration the core
     * hands over already has defaults applied; this keeps hand-built test configurations simple).
     */
    static String value(PluginConfig config, String field) {
        return config.find(field).orElseGet(() -> FIELDS.stream().filter(f -> f.name().equals(field)).findFirst()
                .flatMap(ConfigField::defaultValue).orElse(""));
    }
}
