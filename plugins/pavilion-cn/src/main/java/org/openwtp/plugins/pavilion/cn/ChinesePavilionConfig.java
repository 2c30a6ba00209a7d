package org.openwtp.plugins.pavilion.cn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwtp.plugins.support.pavilion.ExportRuleTable;
import org.openwtp.plugins.support.pavilion.OriginCertificateRules;
import org.openwtp.plugins.support.pavilion.SdrRates;
import org.openwtp.plugins.support.pavilion.TableFormatException;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;

/**
 * The Chinese pavilion's configuration fields, their defaults (the real rules, sources in
 * {@code docs/plugins/pavilion-cn.md}) and how a {@link PluginConfig} turns into rule objects.
 * Stateless and thread-safe.
 */
public final class ChinesePavilionConfig {

    /** Whether to check the organisation code inside the USCC. */
    public static final String CHECK_ORGANIZATION_CODE = "checkOrganizationCode";
    /** Accepted USCC types. */
    public static final String ALLOWED_REGISTRATION_TYPES = "allowedRegistrationTypes";
    /** Documents a seller supplies. */
    public static final String REQUIRED_SELLER_DOCUMENTS = "requiredSellerDocuments";
    /** CBEC order limit. */
    public static final String ORDER_LIMIT_CNY = "orderLimitCny";
    /** CBEC annual limit. */
    public static final String ANNUAL_LIMIT_CNY = "annualLimitCny";
    /** Share of VAT and consumption tax within the limits. */
    public static final String CBEC_TAX_PERCENT = "cbecTaxPercent";
    /** Ordinary-trade waiver. */
    public static final String GENERAL_TRADE_WAIVER_CNY = "generalTradeWaiverCny";
    /** CBEC positive list. */
    public static final String CBEC_POSITIVE_LIST = "cbecPositiveList";
    /** VAT table. */
    public static final String VAT_RATES = "vatRates";
    /** Consumption tax table. */
    public static final String CONSUMPTION_TAX_RATES = "consumptionTaxRates";
    /** MFN duty table. */
    public static final String DUTY_RATES = "dutyRates";
    /** Export rules for Chinese sellers. */
    public static final String EXPORT_RULES = "exportRules";
    /** Units per SDR. */
    public static final String SDR_RATES = "sdrRates";
    /** Certificate-of-origin forms. */
    public static final String ORIGIN_CERTIFICATES = "originCertificates";

    /** Default CBEC positive list: a subset of the 2019 list as amended in 2022 (about 1,476 tariff lines). */
    public static final String DEFAULT_POSITIVE_LIST = String.join("\n",
            "# subset of the Cross-border E-commerce Retail Import Commodity List; paste the 8/10-digit lines you trade",
            "0401 0402 0403 0404 0405 0406   # dairy, milk powder",
            "0409                            # natural honey",
            "1704 1806 1905                  # confectionery, chocolate, biscuits",
            "1901                            # infant formula and food preparations",
            "2009 2106 2201 2202 2204        # juices, food supplements, water, soft drinks, wine",
            "3303 3304 3305 3306 3307 3401   # perfumes, cosmetics, hair and oral care, toiletries, soap",
            "4202                            # handbags and luggage",
            "61 62 64 6302                   # clothing, footwear, household linen",
            "7113 7117                       # jewellery",
            "8509 8510 8516                  # small household appliances, shavers, hair dryers",
            "9101 9102                       # watches",
            "9503 9506                       # toys, sports equipment");

    /** Default import VAT rates (Interim Regulations on VAT; 13% and 9% since 1 April 2019). */
    public static final String DEFAULT_VAT_RATES = String.join("\n",
            "DEFAULT 13                      # standard rate",
            "0409    9                       # natural honey: agricultural product",
            "07      9                       # vegetables",
            "08      9                       # fruit and nuts",
            "10      9                       # cereals",
            "1507 9", "1508 9", "1509 9", "1510 9", "1511 9", "1512 9", "1513 9", "1514 9",
            "1515    9                       # edible vegetable oils",
            "4901    9                       # books",
            "4902    9                       # newspapers and periodicals");

    /** Default consumption tax rates at import. */
    public static final String DEFAULT_CONSUMPTION_TAX_RATES = String.join("\n",
            "3303    15  MIN_PER_KG=10000    # high-end cosmetics (perfume): RMB 10 per ml/g or more",
            "3304    15  MIN_PER_KG=10000    # high-end beauty and skin care: RMB 10 per ml/g or more",
            "7101    10                      # pearls: precious jewellery and gemstones",
            "7103    10                      # precious and semi-precious stones",
            "7113    10                      # jewellery (gold, silver, platinum jewellery is taxed at retail instead)",
            "7116    10                      # articles of pearls and precious stones",
            "9101    20  MIN_PER_UNIT=10000  # high-end watches: RMB 10,000 or more each",
            "9102    20  MIN_PER_UNIT=10000  # high-end watches: RMB 10,000 or more each",
            "2204    10                      # wine: other alcoholic beverages",
            "950631  10                      # golf clubs",
            "950632  10                      # golf balls",
            "950639  10                      # other golf equipment");

    /** Default MFN duty rates; DEFAULT is a placeholder for goods without a line. */
    public static final String DEFAULT_DUTY_RATES = String.join("\n",
            "DEFAULT 10                      # placeholder for goods without a line: add the MFN rate of each product you sell",
            "0409    15                      # natural honey",
            "330420  5                       # eye make-up",
            "330430  5                       # manicure and pedicure preparations",
            "330499  1                       # other beauty and skin-care preparations",
            "330730  3                       # bath salts and preparations",
            "420212  10                      # cases with outer surface of plastics or textile",
            "901910  10                      # massage apparatus");

    /** Default export rules for Chinese sellers. */
    public static final String DEFAULT_EXPORT_RULES = String.join("\n",
            "01      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE   # live animals: GACC quarantine certificate",
            "02      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE   # meat: GACC veterinary (health) certificate",
            "03      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE   # fish and seafood: GACC veterinary (health) certificate",
            "04      NEEDS_CERTIFICATE  VETERINARY_CERTIFICATE   # dairy, eggs, honey: GACC veterinary (health) certificate",
            "06      NEEDS_CERTIFICATE  PHYTOSANITARY_CERTIFICATE  # live plants: GACC phytosanitary certificate",
            "2504    NEEDS_CERTIFICATE  DUAL_USE_EXPORT_LICENCE  # natural graphite: export control since 1 Dec 2023 (MOFCOM/GAC announcement No. 39 of 2023)",
            "282560  NEEDS_CERTIFICATE  DUAL_USE_EXPORT_LICENCE  # germanium oxides: export control since 1 Aug 2023 (MOFCOM/GAC announcement No. 23 of 2023)",
            "2844    BLOCKED                                     # nuclear materials: Export Control Law",
            "3601    BLOCKED                                     # propellent powders: explosives",
            "3602    BLOCKED                                     # prepared explosives",
            "3603    BLOCKED                                     # detonators and fuses",
            "8110    NEEDS_CERTIFICATE  DUAL_USE_EXPORT_LICENCE  # antimony: export control since 15 Sep 2024 (MOFCOM/GAC announcement No. 33 of 2024)",
            "811292  NEEDS_CERTIFICATE  DUAL_USE_EXPORT_LICENCE  # unwrought gallium, germanium and others: export control since 1 Aug 2023",
            "93      BLOCKED                                     # arms and ammunition: export only by licensed arms traders",
            "9706    BLOCKED                                     # antiques over 100 years old: cultural relics may not be exported through the pavilion");

    /** The default SDR rates: the IMF's of 2025-12-12, see {@link SdrRates#DEFAULT_TABLE}. */
    public static final String DEFAULT_SDR_RATES = SdrRates.DEFAULT_TABLE;

    /** The default certificate-of-origin forms. */
    public static final String DEFAULT_ORIGIN_CERTIFICATES = String.join("\n",
            "FORM_E BN,KH,ID,LA,MY,MM,PH,SG,TH,VN  # China-ASEAN free trade area (RCEP form also accepted)",
            "RCEP   AU,JP,KR,NZ                    # Regional Comprehensive Economic Partnership (in force for China 1 January 2022)");

    private ChinesePavilionConfig() {
    }

    /**
     * The fields the pavilion declares.
     *
     * @return the fields with their defaults
     */
    public static List<ConfigField> fields() {
        return List.of(
                ConfigField.withDefault(CHECK_ORGANIZATION_CODE, ConfigFieldType.BOOLEAN, "true",
                        "Also check the GB 11714 organisation code (characters 9-17) of a Unified Social Credit Code."),
                ConfigField.withDefault(ALLOWED_REGISTRATION_TYPES, ConfigFieldType.STRING, "91,92,93",
                        "Comma-separated first two USCC characters accepted: 91 enterprise, 92 individual business, 93 farmers' cooperative."),
                ConfigField.withDefault(REQUIRED_SELLER_DOCUMENTS, ConfigFieldType.STRING, "BUSINESS_LICENCE,CUSTOMS_REGISTRATION",
                        "Comma-separated documents a seller supplies before verification."),
                ConfigField.withDefault(ORDER_LIMIT_CNY, ConfigFieldType.DECIMAL, "5000", "CBEC limit per transaction, in CNY."),
                ConfigField.withDefault(ANNUAL_LIMIT_CNY, ConfigFieldType.DECIMAL, "26000", "CBEC limit per person and calendar year, in CNY."),
                ConfigField.withDefault(CBEC_TAX_PERCENT, ConfigFieldType.DECIMAL, "70",
                        "Percent of the statutory import VAT and consumption tax levied on CBEC imports within the limits."),
                ConfigField.withDefault(GENERAL_TRADE_WAIVER_CNY, ConfigFieldType.DECIMAL, "50",
                        "Ordinary trade: duty or a tax of this many CNY or less per declaration is waived."),
                ConfigField.withDefault(CBEC_POSITIVE_LIST, ConfigFieldType.TEXT, DEFAULT_POSITIVE_LIST,
                        "HS prefixes on the CBEC retail import list, separated by spaces, commas or lines; '#' starts a comment."),
                ConfigField.withDefault(VAT_RATES, ConfigFieldType.TEXT, DEFAULT_VAT_RATES,
                        "Import VAT by HS prefix, one '<prefix|DEFAULT> <percent> [# why]' per line; DEFAULT required."),
                ConfigField.withDefault(CONSUMPTION_TAX_RATES, ConfigFieldType.TEXT, DEFAULT_CONSUMPTION_TAX_RATES,
                        "Consumption tax by HS prefix: '<prefix> <percent> [MIN_PER_KG=<CNY>] [MIN_PER_UNIT=<CNY>] [# why]'."),
                ConfigField.withDefault(DUTY_RATES, ConfigFieldType.TEXT, DEFAULT_DUTY_RATES,
                        "MFN import duty by HS prefix for ordinary trade, '<prefix|DEFAULT> <percent> [# why]'; DEFAULT required."),
                ConfigField.withDefault(EXPORT_RULES, ConfigFieldType.TEXT, DEFAULT_EXPORT_RULES,
                        "Export rules for Chinese sellers: '<prefix> ALLOWED|BLOCKED|NEEDS_CERTIFICATE [CERT,...] [# why]'."),
                ConfigField.withDefault(SDR_RATES, ConfigFieldType.TEXT, DEFAULT_SDR_RATES,
                        "Currency units per SDR, one '<ISO code> <rate>' per line; chooses CN22 (< 300 SDR) or CN23."),
                ConfigField.withDefault(ORIGIN_CERTIFICATES, ConfigFieldType.TEXT, DEFAULT_ORIGIN_CERTIFICATES,
                        "Certificate-of-origin forms for goods of Chinese origin, one '<form> <country,...> [# why]' per line."));
    }

    /**
     * Every semantic problem of a configuration.
     *
     * @param config the configuration, defaults applied
     * @return the problems, empty if it makes sense
     */
    public static List<ConfigProblem> problems(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        table(problems, CBEC_POSITIVE_LIST, () -> positiveList(config));
        table(problems, VAT_RATES, () -> vatRates(config));
        table(problems, CONSUMPTION_TAX_RATES, () -> consumptionTaxRates(config));
        table(problems, DUTY_RATES, () -> dutyRates(config));
        table(problems, EXPORT_RULES, () -> exportRules(config));
        table(problems, SDR_RATES, () -> sdrRates(config));
        table(problems, ORIGIN_CERTIFICATES, () -> originCertificates(config));
        for (String type : ChineseSellerRules.names(value(config, ALLOWED_REGISTRATION_TYPES, "91,92,93"))) {
            if (type.length() != 2 || UnifiedSocialCreditCode.ALPHABET.indexOf(type.charAt(0)) < 0
                    || UnifiedSocialCreditCode.ALPHABET.indexOf(type.charAt(1)) < 0) {
                problems.add(ConfigProblem.invalid(ALLOWED_REGISTRATION_TYPES, "'" + type
                        + "' must be the first two characters of a USCC, e.g. 91"));
            }
        }
        for (String name : ChineseSellerRules.names(value(config, REQUIRED_SELLER_DOCUMENTS, ""))) {
            if (!name.matches("[A-Z][A-Z0-9_]{1,63}")) {
                problems.add(ConfigProblem.invalid(REQUIRED_SELLER_DOCUMENTS, "document name '" + name + "' must be upper-case letters, digits and underscores"));
            }
        }
        try {
            // the numbers on their own: the tables were checked above, so check against the default ones
            cbecSettings(PluginConfig.of(Map.of(ORDER_LIMIT_CNY, value(config, ORDER_LIMIT_CNY, "5000"),
                    ANNUAL_LIMIT_CNY, value(config, ANNUAL_LIMIT_CNY, "26000"), CBEC_TAX_PERCENT, value(config, CBEC_TAX_PERCENT, "70"),
                    GENERAL_TRADE_WAIVER_CNY, value(config, GENERAL_TRADE_WAIVER_CNY, "50"))));
        } catch (IllegalArgumentException e) {
            problems.add(ConfigProblem.invalid(e.getMessage().split(" ", 2)[0], e.getMessage()));
        }
        return problems;
    }

    /**
     * The seller rules.
     *
     * @param config the configuration
     * @return the rules
     */
    public static ChineseSellerRules sellerRules(PluginConfig config) {
        return new ChineseSellerRules(Boolean.parseBoolean(value(config, CHECK_ORGANIZATION_CODE, "true")),
                ChineseSellerRules.names(value(config, ALLOWED_REGISTRATION_TYPES, "91,92,93")),
                ChineseSellerRules.names(value(config, REQUIRED_SELLER_DOCUMENTS, "BUSINESS_LICENCE,CUSTOMS_REGISTRATION")));
    }

    /**
     * The import settings.
     *
     * @param config the configuration
     * @return the settings
     */
    public static CbecSettings cbecSettings(PluginConfig config) {
        return new CbecSettings(decimal(config, ORDER_LIMIT_CNY, "5000"), decimal(config, ANNUAL_LIMIT_CNY, "26000"),
                decimal(config, CBEC_TAX_PERCENT, "70"), decimal(config, GENERAL_TRADE_WAIVER_CNY, "50"),
                positiveList(config), vatRates(config), consumptionTaxRates(config), dutyRates(config));
    }

    /**
     * The export-compliance table.
     *
     * @param config the configuration
     * @return the table
     */
    public static ExportRuleTable exportRules(PluginConfig config) {
        return ExportRuleTable.parse(value(config, EXPORT_RULES, DEFAULT_EXPORT_RULES));
    }

    /**
     * The SDR rates.
     *
     * @param config the configuration
     * @return the rates
     */
    public static SdrRates sdrRates(PluginConfig config) {
        return SdrRates.parse(value(config, SDR_RATES, DEFAULT_SDR_RATES));
    }

    /**
     * The certificate-of-origin rules.
     *
     * @param config the configuration
     * @return the rules
     */
    public static OriginCertificateRules originCertificates(PluginConfig config) {
        return OriginCertificateRules.parse(value(config, ORIGIN_CERTIFICATES, DEFAULT_ORIGIN_CERTIFICATES));
    }

    static PrefixList positiveList(PluginConfig config) {
        return PrefixList.parse("CBEC positive list", value(config, CBEC_POSITIVE_LIST, DEFAULT_POSITIVE_LIST));
    }

    static RateTable vatRates(PluginConfig config) {
        return RateTable.parse("VAT rates", value(config, VAT_RATES, DEFAULT_VAT_RATES), true);
    }

    static RateTable consumptionTaxRates(PluginConfig config) {
        return RateTable.parse("consumption tax rates", value(config, CONSUMPTION_TAX_RATES, DEFAULT_CONSUMPTION_TAX_RATES), false);
    }

    static RateTable dutyRates(PluginConfig config) {
        return RateTable.parse("duty rates", value(config, DUTY_RATES, DEFAULT_DUTY_RATES), true);
    }

    private static String value(PluginConfig config, String name, String fallback) {
        return config.find(name).orElse(fallback);
    }

    private static BigDecimal decimal(PluginConfig config, String name, String fallback) {
        return new BigDecimal(value(config, name, fallback).strip());
    }

    private static void table(List<ConfigProblem> problems, String field, Runnable parse) {
        try {
            parse.run();
        } catch (TableFormatException e) {
            e.problems().forEach(p -> problems.add(ConfigProblem.invalid(field, p)));
        }
    }
}
