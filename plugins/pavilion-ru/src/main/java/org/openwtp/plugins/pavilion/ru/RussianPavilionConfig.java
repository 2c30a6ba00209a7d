package org.openwtp.plugins.pavilion.ru;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.openwtp.plugins.support.pavilion.ExportRuleTable;
import org.openwtp.plugins.support.pavilion.OriginCertificateRules;
import org.openwtp.plugins.support.pavilion.SdrRates;
import org.openwtp.plugins.support.pavilion.TableFormatException;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The Russian pavilion's configuration fields, their defaults (the real rules, sources in
 * {@code docs/plugins/pavilion-ru.md}) and how a {@link PluginConfig} turns into rule objects.
 * Stateless and thread-safe.
 */
public final class RussianPavilionConfig {

    /** Export-compliance table. */
    public static final String EXPORT_RULES = "exportRules";
    /** Documents a seller supplies before verification. */
    public static final String REQUIRED_SELLER_DOCUMENTS = "requiredSellerDocuments";
    /** RUB per EUR. */
    public static final String EUR_RUB_RATE = "eurRubRate";
    /** Import regime. */
    public static final String IMPORT_REGIME = "importRegime";
    /** Start of the e-commerce regime. */
    public static final String ECOMMERCE_REGIME_START = "ecommerceRegimeStart";
    /** Value threshold in EUR. */
    public static final String DUTY_FREE_VALUE_EUR = "dutyFreeValueEur";
    /** Weight threshold in kg. */
    public static final String DUTY_FREE_WEIGHT_KG = "dutyFreeWeightKg";
    /** Personal-use single rate. */
    public static final String PERSONAL_DUTY_PERCENT = "personalDutyPercent";
    /** Personal-use minimum per kg. */
    public static final String PERSONAL_MINIMUM_EUR_PER_KG = "personalMinimumEurPerKg";
    /** E-commerce duty rate. */
    public static final String ECOMMERCE_DUTY_PERCENT = "ecommerceDutyPercent";
    /** E-commerce minimum per kg. */
    public static final String ECOMMERCE_MINIMUM_EUR_PER_KG = "ecommerceMinimumEurPerKg";
    /** Import VAT. */
    public static final String IMPORT_VAT_PERCENT = "importVatPercent";
    /** Whether shipping counts towards the threshold. */
    public static final String INCLUDE_SHIPPING_IN_VALUE = "includeShippingInValue";
    /** Units per SDR. */
    public static final String SDR_RATES = "sdrRates";
    /** Certificate-of-origin forms. */
    public static final String ORIGIN_CERTIFICATES = "originCertificates";

    /** The default export-compliance table. */
    public static final String DEFAULT_EXPORT_RULES = String.join("\n",
            "# prefix  action             certificates                         # why",
            "01        NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # live animals: veterinary certificate (Rosselkhoznadzor, FGIS VetIS)",
            "02        NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # meat: veterinary certificate",
            "03        NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # fish and seafood: veterinary certificate",
            "04        NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # dairy, eggs: veterinary certificate",
            "0409      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # natural honey: veterinary certificate issued in FGIS VetIS",
            "06        NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE            # live plants: phytosanitary certificate (Rosselkhoznadzor)",
            "07        NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE            # vegetables: phytosanitary certificate",
            "08        NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE            # fruit and nuts: phytosanitary certificate",
            "10        NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE            # cereals: phytosanitary certificate",
            "12        NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE            # oil seeds: phytosanitary certificate",
            "1604      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE               # prepared fish: veterinary certificate",
            "160431    NEEDS_CERTIFICATE  CITES_PERMIT,VETERINARY_CERTIFICATE  # sturgeon caviar: CITES Appendix II (Acipenseriformes), export permit from Rosprirodnadzor",
            "2844      BLOCKED                                                 # radioactive elements and isotopes: nuclear export control (Federal Law 183-FZ)",
            "3601      BLOCKED                                                 # propellent powders: explosives",
            "3602      BLOCKED                                                 # prepared explosives",
            "3603      BLOCKED                                                 # detonators and fuses",
            "4403      BLOCKED                                                 # round timber: export of unprocessed coniferous and valuable hardwood timber banned since 1 January 2022",
            "710210    NEEDS_CERTIFICATE  KIMBERLEY_PROCESS_CERTIFICATE        # unsorted diamonds: Kimberley Process certificate",
            "710221    NEEDS_CERTIFICATE  KIMBERLEY_PROCESS_CERTIFICATE        # rough industrial diamonds: Kimberley Process certificate",
            "710231    NEEDS_CERTIFICATE  KIMBERLEY_PROCESS_CERTIFICATE        # rough non-industrial diamonds: Kimberley Process certificate",
            "93        BLOCKED                                                 # arms and ammunition: export only under licence (Federal Law 150-FZ, 183-FZ), not through the pavilion",
            "97        NEEDS_CERTIFICATE  CULTURAL_VALUES_EXPORT_PERMIT        # works of art, collectors' pieces, antiques: Law 4804-1 on the export of cultural values");

    /** The default SDR rates: the IMF's of 2025-12-12, see {@link SdrRates#DEFAULT_TABLE}. */
    public static final String DEFAULT_SDR_RATES = SdrRates.DEFAULT_TABLE;

    /** The default certificate-of-origin forms. */
    public static final String DEFAULT_ORIGIN_CERTIFICATES = String.join("\n",
            "CT-1 AM,BY,KZ,KG,MD,TJ,UZ  # CIS free trade area (Treaty of 18 October 2011; origin rules of 20 November 2009)",
            "EAV  VN                    # EAEU-Viet Nam free trade agreement (in force 5 October 2016)");

    private RussianPavilionConfig() {
    }

    /**
     * The fields the pavilion declares.
     *
     * @return the fields with their defaults
     */
    public static List<ConfigField> fields() {
        return List.of(
                ConfigField.withDefault(EXPORT_RULES, ConfigFieldType.TEXT, DEFAULT_EXPORT_RULES,
                        "Export rules by HS prefix, one per line: '<prefix> ALLOWED|BLOCKED|NEEDS_CERTIFICATE [CERT,...] [# why]'. Longest prefix wins."),
                ConfigField.withDefault(REQUIRED_SELLER_DOCUMENTS, ConfigFieldType.STRING, "REGISTRY_EXTRACT,EXPORT_CONTRACT",
                        "Comma-separated documents a seller supplies before verification (besides the companion INN/OGRN/OGRNIP)."),
                ConfigField.withDefault(EUR_RUB_RATE, ConfigFieldType.DECIMAL, "89.27",
                        "Roubles per euro used to convert the EUR thresholds; keep it at the Bank of Russia's official rate."),
                ConfigField.choice(IMPORT_REGIME, "AUTO",
                        "AUTO: personal-use regime (15% above EUR 200) before ecommerceRegimeStart, EAEU e-commerce regime (5% + VAT) from it.",
                        "AUTO", "PERSONAL_USE_2020", "ECOMMERCE_2026"),
                ConfigField.withDefault(ECOMMERCE_REGIME_START, ConfigFieldType.STRING, "2026-07-01",
                        "ISO date from which AUTO applies the EAEU e-commerce regime."),
                ConfigField.withDefault(DUTY_FREE_VALUE_EUR, ConfigFieldType.DECIMAL, "200", "Duty-free value per parcel, in EUR."),
                ConfigField.withDefault(DUTY_FREE_WEIGHT_KG, ConfigFieldType.DECIMAL, "31", "Duty-free gross weight per parcel, in kg."),
                ConfigField.withDefault(PERSONAL_DUTY_PERCENT, ConfigFieldType.DECIMAL, "15",
                        "Personal-use regime: single rate, percent of the value above the threshold."),
                ConfigField.withDefault(PERSONAL_MINIMUM_EUR_PER_KG, ConfigFieldType.DECIMAL, "2",
                        "Personal-use regime: at least this many EUR per kg above the weight threshold."),
                ConfigField.withDefault(ECOMMERCE_DUTY_PERCENT, ConfigFieldType.DECIMAL, "5",
                        "E-commerce regime: duty, percent of the whole value of a parcel over the threshold."),
                ConfigField.withDefault(ECOMMERCE_MINIMUM_EUR_PER_KG, ConfigFieldType.DECIMAL, "1",
                        "E-commerce regime: at least this many EUR per kg of the whole weight."),
                ConfigField.withDefault(IMPORT_VAT_PERCENT, ConfigFieldType.DECIMAL, "22",
                        "E-commerce regime: Russian import VAT on value plus duty (22% from 1 January 2026)."),
                ConfigField.withDefault(INCLUDE_SHIPPING_IN_VALUE, ConfigFieldType.BOOLEAN, "false",
                        "Whether shipping and insurance count towards the duty-free value."),
                ConfigField.withDefault(SDR_RATES, ConfigFieldType.TEXT, DEFAULT_SDR_RATES,
                        "Currency units per SDR, one '<ISO code> <rate>' per line; chooses CN22 (< 300 SDR) or CN23."),
                ConfigField.withDefault(ORIGIN_CERTIFICATES, ConfigFieldType.TEXT, DEFAULT_ORIGIN_CERTIFICATES,
                        "Certificate-of-origin forms for goods of Russian origin, one '<form> <country,...> [# why]' per line."));
    }

    /**
     * Every semantic problem of a configuration.
     *
     * @param config the configuration, defaults applied
     * @return the problems, empty if it makes sense
     */
    public static List<ConfigProblem> problems(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        table(problems, EXPORT_RULES, () -> exportRules(config));
        table(problems, SDR_RATES, () -> sdrRates(config));
        table(problems, ORIGIN_CERTIFICATES, () -> originCertificates(config));
        for (String name : RussianSellerRules.documentNames(config.find(REQUIRED_SELLER_DOCUMENTS).orElse(""))) {
            if (!name.matches("[A-Z][A-Z0-9_]{1,63}")) {
                problems.add(ConfigProblem.invalid(REQUIRED_SELLER_DOCUMENTS, "document name '" + name + "' must be upper-case letters, digits and underscores"));
            } else if (RussianSellerRules.SCHEMES.contains(name)) {
                problems.add(ConfigProblem.invalid(REQUIRED_SELLER_DOCUMENTS, name + " is always checked as the companion number; do not list it"));
            }
        }
        try {
            importSettings(config);
        } catch (DateTimeParseException e) {
            problems.add(ConfigProblem.invalid(ECOMMERCE_REGIME_START, "'" + config.find(ECOMMERCE_REGIME_START).orElse("")
                    + "' is not an ISO date such as 2026-07-01"));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ", 2)[0];
            problems.add(ConfigProblem.invalid(field, e.getMessage()));
        }
        return problems;
    }

    /**
     * The export-compliance table.
     *
     * @param config the configuration
     * @return the table
     */
    public static ExportRuleTable exportRules(PluginConfig config) {
        return ExportRuleTable.parse(config.find(EXPORT_RULES).orElse(DEFAULT_EXPORT_RULES));
    }

    /**
     * The SDR rates.
     *
     * @param config the configuration
     * @return the rates
     */
    public static SdrRates sdrRates(PluginConfig config) {
        return SdrRates.parse(config.find(SDR_RATES).orElse(DEFAULT_SDR_RATES));
    }

    /**
     * The certificate-of-origin rules.
     *
     * @param config the configuration
     * @return the rules
     */
    public static OriginCertificateRules originCertificates(PluginConfig config) {
        return OriginCertificateRules.parse(config.find(ORIGIN_CERTIFICATES).orElse(DEFAULT_ORIGIN_CERTIFICATES));
    }

    /**
     * The seller rules.
     *
     * @param config the configuration
     * @return the rules
     */
    public static RussianSellerRules sellerRules(PluginConfig config) {
        return new RussianSellerRules(RussianSellerRules.documentNames(config.find(REQUIRED_SELLER_DOCUMENTS).orElse("REGISTRY_EXTRACT,EXPORT_CONTRACT")));
    }

    /**
     * The import settings.
     *
     * @param config the configuration
     * @return the settings
     */
    public static EaeuImportSettings importSettings(PluginConfig config) {
        return new EaeuImportSettings(
                decimal(config, EUR_RUB_RATE, "89.27"),
                EaeuImportSettings.Regime.valueOf(config.find(IMPORT_REGIME).orElse("AUTO")),
                LocalDate.parse(config.find(ECOMMERCE_REGIME_START).orElse("2026-07-01").strip()),
                decimal(config, DUTY_FREE_VALUE_EUR, "200"),
                decimal(config, DUTY_FREE_WEIGHT_KG, "31"),
                decimal(config, PERSONAL_DUTY_PERCENT, "15"),
                decimal(config, PERSONAL_MINIMUM_EUR_PER_KG, "2"),
                decimal(config, ECOMMERCE_DUTY_PERCENT, "5"),
                decimal(config, ECOMMERCE_MINIMUM_EUR_PER_KG, "1"),
                decimal(config, IMPORT_VAT_PERCENT, "22"),
                Boolean.parseBoolean(config.find(INCLUDE_SHIPPING_IN_VALUE).orElse("false").strip()));
    }

    private static BigDecimal decimal(PluginConfig config, String name, String fallback) {
        return new BigDecimal(config.find(name).orElse(fallback).strip());
    }

    private static void table(List<ConfigProblem> problems, String field, Runnable parse) {
        try {
            parse.run();
        } catch (TableFormatException e) {
            e.problems().forEach(p -> problems.add(ConfigProblem.invalid(field, p)));
        }
    }
}
