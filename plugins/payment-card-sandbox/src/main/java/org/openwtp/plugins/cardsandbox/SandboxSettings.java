package org.openwtp.plugins.cardsandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwtp.sdk.config.ConfigField;
import org.openwtp.sdk.config.ConfigFieldType;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.money.CurrencyCode;

/**
 * A tenant's configuration of the card sandbox, parsed.
 *
 * @param webhookSecret         the HMAC key for webhook signatures
 * @param currencies            the currencies the tenant accepts, a subset of {@link #SUPPORTED_CURRENCIES}
 * @param minAmount             the smallest amount, in major units of the payment's currency
 * @param maxAmount             the largest amount, in major units of the payment's currency
 * @param partialCapture        whether a capture may take less than what remains authorised
 * @param multipleCaptures      whether an authorization may be captured in several parts
 * @param authorizationValidity how long an uncaptured authorization holds the funds
 * @param pendingSettlement     how long the PENDING test card stays pending
 * @param webhookTolerance      how far a webhook's signed timestamp may be from now
 * @param approveUnknownCards   whether Luhn-valid numbers that are not test cards are approved
 */
public record SandboxSettings(Optional<String> webhookSecret, Set<CurrencyCode> currencies, BigDecimal minAmount, BigDecimal maxAmount,
                              boolean partialCapture, boolean multipleCaptures, Duration authorizationValidity,
                              Duration pendingSettlement, Duration webhookTolerance, boolean approveUnknownCards) {

    /** Every currency the sandbox can charge in; a tenant picks from these. */
    public static final Set<CurrencyCode> SUPPORTED_CURRENCIES = Set.copyOf(Arrays.stream(
            "EUR,USD,GBP,CNY,RUB,MYR,JPY,HKD,SGD,CHF,AED,KZT,KRW,INR,TRY,THB,BYN".split(",")).map(CurrencyCode::of).toList());

    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String CURRENCIES = "currencies";
    static final String MIN_AMOUNT = "minAmount";
    static final String MAX_AMOUNT = "maxAmount";
    static final String PARTIAL_CAPTURE = "partialCapture";
    static final String MULTIPLE_CAPTURES = "multipleCaptures";
    static final String AUTHORIZATION_VALIDITY_DAYS = "authorizationValidityDays";
    static final String PENDING_SETTLEMENT_SECONDS = "pendingSettlementSeconds";
    static final String WEBHOOK_TOLERANCE_SECONDS = "webhookToleranceSeconds";
    static final String UNKNOWN_CARDS = "unknownCards";

    /** Copies the currencies. */
    public SandboxSettings {
        currencies = Set.copyOf(currencies);
    }

    /**
     * The declared fields.
     *
     * @return the fields
     */
    static List<ConfigField> fields() {
        return List.of(
                ConfigField.required(WEBHOOK_SECRET, ConfigFieldType.SECRET,
                        "Shared secret for the HMAC-SHA256 signature of inbound webhooks (header X-Sandbox-Signature); at least 16 characters"),
                ConfigField.withDefault(CURRENCIES, ConfigFieldType.STRING, "EUR,USD,GBP,CNY,RUB,MYR,JPY",
                        "Comma-separated ISO 4217 codes the tenant accepts, from: " + String.join(",", sortedCodes(SUPPORTED_CURRENCIES))),
                ConfigField.withDefault(MIN_AMOUNT, ConfigFieldType.DECIMAL, "0.50",
                        "Smallest amount authorised, in major units of the payment's currency (e.g. 0.50 EUR); smaller amounts are declined"),
                ConfigField.withDefault(MAX_AMOUNT, ConfigFieldType.DECIMAL, "50000",
                        "Largest amount authorised, in major units of the payment's currency; larger amounts are declined"),
                ConfigField.withDefault(PARTIAL_CAPTURE, ConfigFieldType.BOOLEAN, "true",
                        "Whether a capture may take less than what remains authorised"),
                ConfigField.withDefault(MULTIPLE_CAPTURES, ConfigFieldType.BOOLEAN, "true",
                        "Whether an authorization may be captured in several parts; if false the first capture closes it"),
                ConfigField.withDefault(AUTHORIZATION_VALIDITY_DAYS, ConfigFieldType.INTEGER, "7",
                        "Days an authorization holds the funds; afterwards it lapses and can no longer be captured (1 to 30)"),
                ConfigField.withDefault(PENDING_SETTLEMENT_SECONDS, ConfigFieldType.INTEGER, "30",
                        "Seconds the PENDING test card stays pending before it settles as authorised (0 to 86400)"),
                ConfigField.withDefault(WEBHOOK_TOLERANCE_SECONDS, ConfigFieldType.INTEGER, "300",
                        "How many seconds a webhook's signed timestamp may differ from now; older ones are refused as replays (30 to 3600)"),
                ConfigField.choice(UNKNOWN_CARDS, "APPROVE",
                        "What happens to a Luhn-valid card number that is not one of the documented test cards", "APPROVE", "DECLINE"));
    }

    /**
     * Semantic problems of a configuration whose field types are already valid.
     *
     * @param config the configuration with defaults applied
     * @return the problems, empty if none
     */
    static List<ConfigProblem> problems(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        config.find(WEBHOOK_SECRET).filter(s -> s.length() < 16)
                .ifPresent(s -> problems.add(ConfigProblem.invalid(WEBHOOK_SECRET, "'webhookSecret' must be at least 16 characters long, was " + s.length())));
        String currencies = config.find(CURRENCIES).orElse("");
        if (currencies.isBlank()) {
            problems.add(ConfigProblem.invalid(CURRENCIES, "'currencies' must list at least one ISO 4217 code, e.g. EUR,USD"));
        }
        for (String code : currencies.split(",")) {
            String c = code.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!SUPPORTED_CURRENCIES.stream().anyMatch(s -> s.code().equals(c))) {
                problems.add(ConfigProblem.invalid(CURRENCIES, "'" + c + "' is not a currency the sandbox supports; use some of "
                        + String.join(",", sortedCodes(SUPPORTED_CURRENCIES))));
            }
        }
        BigDecimal min = config.find(MIN_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("0.50"));
        BigDecimal max = config.find(MAX_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("50000"));
        if (min.signum() < 0) {
            problems.add(ConfigProblem.invalid(MIN_AMOUNT, "'minAmount' must not be negative, was " + min.toPlainString()));
        }
        if (max.signum() <= 0) {
            problems.add(ConfigProblem.invalid(MAX_AMOUNT, "'maxAmount' must be more than zero, was " + max.toPlainString()));
        } else if (min.compareTo(max) > 0) {
            problems.add(ConfigProblem.invalid(MAX_AMOUNT, "'maxAmount' " + max.toPlainString() + " is below 'minAmount' " + min.toPlainString()));
        }
        range(config, AUTHORIZATION_VALIDITY_DAYS, 1, 30, problems);
        range(config, PENDING_SETTLEMENT_SECONDS, 0, 86_400, problems);
        range(config, WEBHOOK_TOLERANCE_SECONDS, 30, 3_600, problems);
        return List.copyOf(problems);
    }

    /**
     * Parses a configuration that passed {@link #problems}.
     *
     * @param config the configuration with defaults applied
     * @return the settings
     */
    static SandboxSettings from(PluginConfig config) {
        Set<CurrencyCode> currencies = new LinkedHashSet<>();
        for (String code : config.find(CURRENCIES).orElse("EUR").split(",")) {
            if (!code.isBlank()) {
                currencies.add(CurrencyCode.of(code.strip()));
            }
        }
        return new SandboxSettings(config.find(WEBHOOK_SECRET), currencies,
                config.find(MIN_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("0.50")),
                config.find(MAX_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("50000")),
                config.find(PARTIAL_CAPTURE).map(Boolean::parseBoolean).orElse(true),
                config.find(MULTIPLE_CAPTURES).map(Boolean::parseBoolean).orElse(true),
                Duration.ofDays(config.find(AUTHORIZATION_VALIDITY_DAYS).map(Long::parseLong).orElse(7L)),
                Duration.ofSeconds(config.find(PENDING_SETTLEMENT_SECONDS).map(Long::parseLong).orElse(30L)),
                Duration.ofSeconds(config.find(WEBHOOK_TOLERANCE_SECONDS).map(Long::parseLong).orElse(300L)),
                !"DECLINE".equals(config.find(UNKNOWN_CARDS).orElse("APPROVE")));
    }

    private static void range(PluginConfig config, String field, long min, long max, List<ConfigProblem> problems) {
        if (config.find(field).isEmpty()) {
            return;
        }
        long value = config.integer(field);
        if (value < min || value > max) {
            problems.add(ConfigProblem.invalid(field, "'" + field + "' must be between " + min + " and " + max + ", was " + value));
        }
    }

    private static List<String> sortedCodes(Set<CurrencyCode> codes) {
        return codes.stream().map(CurrencyCode::code).sorted().toList();
    }
}
