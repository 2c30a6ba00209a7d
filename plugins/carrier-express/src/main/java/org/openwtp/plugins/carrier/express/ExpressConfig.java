package org.openwtp.plugins.carrier.express;

import java.util.List;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The configuration fields of the express courier and their defaults. The zones, rate card and transit days
 * are illustrative figures in the shape of an international express rate card (zones by destination, prices
 * per 0.5 kg up to a bracket, a price per additional 0.5 kg above it): no published rate card to replace them
 * was found, and an operator replaces them. The fuel surcharge is DHL Express's published figure for December
 * 2024 and the DDP conversion rates derive from the Bank of Russia's rates of 13 December 2025. See
 * {@code docs/plugins/carrier-express.md}, which also says what was searched.
 */
final class ExpressConfig {

    static final String CURRENCY = "currency";
    static final String ZONES = "zones";
    static final String RATES = "rates";
    static final String TRANSIT_DAYS = "transitDays";
    static final String VOLUMETRIC_DIVISOR = "volumetricDivisor";
    static final String FUEL_SURCHARGE_PERCENT = "fuelSurchargePercent";
    static final String DDP_FEE = "ddpFee";
    static final String DDP_CONVERSION_RATES = "ddpConversionRates";
    static final String MAX_PIECE_WEIGHT_KG = "maxPieceWeightKg";
    static final String MAX_PIECE_DIMENSIONS_CM = "maxPieceDimensionsCm";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String WEBHOOK_TOLERANCE_SECONDS = "webhookToleranceSeconds";
    static final String SANDBOX_AUTO_ADVANCE = "sandboxAutoAdvance";

    static final String DEFAULT_ZONES = ""
            + "# COUNTRY [COUNTRY...] = ZONE   ('*' = every other country; leave it out to refuse them)\n"
            + "RU BY KZ CN KR JP MN = A        # Russia, EAEU neighbours, North-East Asia\n"
            + "MY SG TH VN ID PH IN AE TR = B  # South and South-East Asia, Middle East\n"
            + "DE FR IT ES NL BE AT PL CZ CH GB SE FI DK NO IE PT GR HU = C # Europe\n"
            + "US CA MX = D                    # North America\n"
            + "* = E                           # rest of the world\n";

    static final String DEFAULT_RATES = ""
            + "# ZONE  UP_TO_KG  PRICE  [EXTRA_PER_HALF_KG above the heaviest bracket]\n"
            + "A 0.5 38.00\nA 1 45.50\nA 2 58.00\nA 5 92.00\nA 10 140.00 6.20\n"
            + "B 0.5 42.00\nB 1 50.00\nB 2 64.50\nB 5 103.00\nB 10 158.00 7.10\n"
            + "C 0.5 46.00\nC 1 55.00\nC 2 71.00\nC 5 115.00\nC 10 176.00 7.90\n"
            + "D 0.5 49.00\nD 1 59.00\nD 2 77.00\nD 5 126.00\nD 10 195.00 8.80\n"
            + "E 0.5 57.00\nE 1 69.00\nE 2 90.00\nE 5 148.00\nE 10 229.00 10.30\n";

    static final String DEFAULT_TRANSIT_DAYS = ""
            + "# ZONE MIN-MAX business days\n"
            + "A 2-4\nB 2-5\nC 3-5\nD 3-6\nE 4-8\n";

    /**
     * Duty-estimate conversion into USD, derived from the Bank of Russia's official rates in force on
     * 13 December 2025 (the fx-fixed defaults): USD 79.7296, EUR 93.5626, CNY 11.2726 roubles.
     */
    static final String DEFAULT_DDP_CONVERSION_RATES = ""
            + "# FROM/TO RATE: converts a duty estimate into the courier's currency; keep in step with the tenant's FX source.\n"
            + "# Derived from the Bank of Russia official rates of 2025-12-13, rounded half up:\n"
            + "EUR/USD 1.1735     # 93.5626 / 79.7296, to 4 decimals as in the fx-fixed defaults\n"
            + "RUB/USD 0.012542   # 1 / 79.7296\n"
            + "CNY/USD 0.141385   # 11.2726 / 79.7296\n";

    /** DHL Express's fuel surcharge for international Time Definite services, December 2024 (MyDHL+ fuel surcharge page). */
    static final String DEFAULT_FUEL_SURCHARGE_PERCENT = "24.50";

    static final List<ConfigField> FIELDS = List.of(
            ConfigField.withDefault(CURRENCY, ConfigFieldType.STRING, "USD", "ISO 4217 currency of the rate table and of every quote"),
            ConfigField.withDefault(ZONES, ConfigFieldType.TEXT, DEFAULT_ZONES,
                    "Destination zones, one line per zone: 'COUNTRY [COUNTRY...] = ZONE'; '* = ZONE' for every other country"),
            ConfigField.withDefault(RATES, ConfigFieldType.TEXT, DEFAULT_RATES,
                    "Base rates, one per line: 'ZONE UP_TO_KG PRICE [EXTRA_PER_HALF_KG]' on the chargeable weight; the extra price "
                            + "per additional 0.5 kg applies above the heaviest bracket"),
            ConfigField.withDefault(TRANSIT_DAYS, ConfigFieldType.TEXT, DEFAULT_TRANSIT_DAYS,
                    "Transit days, one per line: 'ZONE MIN-MAX'; every priced zone needs one"),
            ConfigField.withDefault(VOLUMETRIC_DIVISOR, ConfigFieldType.INTEGER, "5000",
                    "Volumetric divisor in cm3/kg: chargeable weight is the larger of actual and L x W x H / divisor"),
            ConfigField.withDefault(FUEL_SURCHARGE_PERCENT, ConfigFieldType.DECIMAL, DEFAULT_FUEL_SURCHARGE_PERCENT,
                    "Fuel surcharge in percent of the base rate, rounded half up to the minor unit"),
            ConfigField.withDefault(DDP_FEE, ConfigFieldType.DECIMAL, "15.00",
                    "DDP handling fee in the courier's currency, added to a DDP quote"),
            ConfigField.withDefault(DDP_CONVERSION_RATES, ConfigFieldType.TEXT, DEFAULT_DDP_CONVERSION_RATES,
                    "Rates converting a duty estimate into the courier's currency, one per line: 'FROM/TO RATE'; without one, "
                            + "DDP is not offered for an estimate in another currency"),
            ConfigField.withDefault(MAX_PIECE_WEIGHT_KG, ConfigFieldType.DECIMAL, "70", "Heaviest piece accepted, in kg"),
            ConfigField.withDefault(MAX_PIECE_DIMENSIONS_CM, ConfigFieldType.STRING, "120x80x80",
                    "Largest piece accepted, 'LxWxH' in cm; a piece fits when its sides sorted by size do not exceed these sorted"),
            ConfigField.optional(WEBHOOK_SECRET, ConfigFieldType.SECRET,
                    "HMAC-SHA256 key of tracking webhooks; without it every tracking webhook is refused"),
            ConfigField.withDefault(WEBHOOK_TOLERANCE_SECONDS, ConfigFieldType.INTEGER, "300",
                    "Replay window: how many seconds a webhook's signed time may differ from now"),
            ConfigField.withDefault(SANDBOX_AUTO_ADVANCE, ConfigFieldType.BOOLEAN, "false",
                    "Sandbox: when true, tracking advances on its own over the quoted transit time"));

    private ExpressConfig() {
    }

    /** A field's value, or its declared default when the configuration lacks it. */
    static String value(PluginConfig config, String field) {
        return config.find(field).orElseGet(() -> FIELDS.stream().filter(f -> f.name().equals(field)).findFirst()
                .flatMap(ConfigField::defaultValue).orElse(""));
    }
}
