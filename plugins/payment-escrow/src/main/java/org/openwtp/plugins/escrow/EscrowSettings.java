package org.openwtp.plugins.escrow;

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
 * A tenant's configuration of the escrow, parsed.
 *
 * @param webhookSecret    the HMAC key for webhook signatures
 * @param currencies       the currencies the tenant accepts, a subset of {@link #SUPPORTED_CURRENCIES}
 * @param minAmount        the smallest deposit, in major units of the payment's currency
 * @param maxAmount        the largest deposit, in major units of the payment's currency
 * @param disputeWindow    how long after shipment (first capture) funds are released if no delivery or dispute came
 * @param inspection       how long after delivery the buyer may still dispute before funds are released
 * @param webhookTolerance how far a webhook's signed timestamp may be from now
 */
public record EscrowSettings(Optional<String> webhookSecret, Set<CurrencyCode> currencies, BigDecimal minAmount, BigDecimal maxAmount,
                             Duration disputeWindow, Duration inspection, Duration webhookTolerance) {

    /** Every currency the escrow can hold; a tenant picks from these. */
    public static final Set<CurrencyCode> SUPPORTED_CURRENCIES = Set.copyOf(Arrays.stream(
            "EUR,USD,GBP,CNY,RUB,MYR,JPY,HKD,SGD,CHF,AED,KZT,KRW,INR,TRY,THB,BYN".split(",")).map(CurrencyCode::of).toList());

    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String CURRENCIES = "currencies";
    static final String MIN_AMOUNT = "minAmount";
    static final String MAX_AMOUNT = "maxAmount";
    static final String DISPUTE_WINDOW_DAYS = "disputeWindowDays";
    static final String INSPECTION_DAYS = "inspectionDays";
    static final String WEBHOOK_TOLERANCE_SECONDS = "webhookToleranceSeconds";

    /** Copies the currencies. */
    public EscrowSettings {
        currencies = Set.copyOf(currencies);
    }

    static List<ConfigField> fields() {
        return List.of(
                ConfigField.required(WEBHOOK_SECRET, ConfigFieldType.SECRET,
                        "Shared secret for the HMAC-SHA256 signature of inbound webhooks (header X-Escrow-Signature); at least 16 characters"),
                ConfigField.withDefault(CURRENCIES, ConfigFieldType.STRING, "EUR,USD,CNY,RUB,MYR",
                        "Comma-separated ISO 4217 codes the escrow holds for this tenant, from: " + String.join(",", sortedCodes(SUPPORTED_CURRENCIES))),
                ConfigField.withDefault(MIN_AMOUNT, ConfigFieldType.DECIMAL, "1",
                        "Smallest deposit, in major units of the payment's currency; smaller ones are declined"),
                ConfigField.withDefault(MAX_AMOUNT, ConfigFieldType.DECIMAL, "1000000",
                        "Largest deposit, in major units of the payment's currency; larger ones are declined"),
                ConfigField.withDefault(DISPUTE_WINDOW_DAYS, ConfigFieldType.INTEGER, "30",
                        "Days after shipment (the first capture) after which the funds are released to the seller even without a "
                                + "delivery event, unless the buyer opened a dispute (1 to 365)"),
                ConfigField.withDefault(INSPECTION_DAYS, ConfigFieldType.INTEGER, "0",
                        "Days after delivery during which the buyer may still open a dispute before the funds are released; "
                                + "0 releases them on delivery (0 to 60)"),
                ConfigField.withDefault(WEBHOOK_TOLERANCE_SECONDS, ConfigFieldType.INTEGER, "300",
                        "How many seconds a webhook's signed timestamp may differ from now; older ones are refused as replays (30 to 3600)"));
    }

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
            if (!c.isEmpty() && SUPPORTED_CURRENCIES.stream().noneMatch(s -> s.code().equals(c))) {
                problems.add(ConfigProblem.invalid(CURRENCIES, "'" + c + "' is not a currency the escrow holds; use some of "
                        + String.join(",", sortedCodes(SUPPORTED_CURRENCIES))));
            }
        }
        BigDecimal min = config.find(MIN_AMOUNT).map(BigDecimal::new).orElse(BigDecimal.ONE);
        BigDecimal max = config.find(MAX_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("1000000"));
        if (min.signum() < 0) {
            problems.add(ConfigProblem.invalid(MIN_AMOUNT, "'minAmount' must not be negative, was " + min.toPlainString()));
        }
        if (max.signum() <= 0) {
            problems.add(ConfigProblem.invalid(MAX_AMOUNT, "'maxAmount' must be more than zero, was " + max.toPlainString()));
        } else if (min.compareTo(max) > 0) {
            problems.add(ConfigProblem.invalid(MAX_AMOUNT, "'maxAmount' " + max.toPlainString() + " is below 'minAmount' " + min.toPlainString()));
        }
        range(config, DISPUTE_WINDOW_DAYS, 1, 365, problems);
        range(config, INSPECTION_DAYS, 0, 60, problems);
        range(config, WEBHOOK_TOLERANCE_SECONDS, 30, 3_600, problems);
        return List.copyOf(problems);
    }

    static EscrowSettings from(PluginConfig config) {
        Set<CurrencyCode> currencies = new LinkedHashSet<>();
        for (String code : config.find(CURRENCIES).orElse("EUR").split(",")) {
            if (!code.isBlank()) {
                currencies.add(CurrencyCode.of(code.strip()));
            }
        }
        return new EscrowSettings(config.find(WEBHOOK_SECRET), currencies,
                config.find(MIN_AMOUNT).map(BigDecimal::new).orElse(BigDecimal.ONE),
                config.find(MAX_AMOUNT).map(BigDecimal::new).orElse(new BigDecimal("1000000")),
                Duration.ofDays(config.find(DISPUTE_WINDOW_DAYS).map(Long::parseLong).orElse(30L)),
                Duration.ofDays(config.find(INSPECTION_DAYS).map(Long::parseLong).orElse(0L)),
                Duration.ofSeconds(config.find(WEBHOOK_TOLERANCE_SECONDS).map(Long::parseLong).orElse(300L)));
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
