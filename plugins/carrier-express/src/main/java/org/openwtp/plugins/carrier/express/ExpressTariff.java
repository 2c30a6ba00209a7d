package org.openwtp.plugins.carrier.express;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Weight;

/**
 * A tenant's express configuration, parsed and checked. Immutable and thread-safe.
 */
final class ExpressTariff {

    /** One weight bracket of a zone. */
    record Bracket(long upToGrams, Money price, Optional<Money> extraPerHalfKg, int line) {
    }

    /** Transit days. */
    record Transit(int min, int max) {
    }

    /** The parsed tariff, or every problem found. */
    record Parsed(ExpressTariff tariff, List<ConfigProblem> problems) {
    }

    final CurrencyCode currency;
    private final Map<String, String> zoneByCountry;
    private final String otherwiseZone;
    private final Map<String, List<Bracket>> brackets;
    private final Map<String, Transit> transit;
    final int volumetricDivisor;
    final BigDecimal fuelSurchargePercent;
    final Money ddpFee;
    private final Map<CurrencyCode, BigDecimal> ddpConversion;
    final long maxPieceGrams;
    final int[] maxPieceSortedMm;
    final Optional<String> webhookSecret;
    final Duration webhookTolerance;
    final boolean sandboxAutoAdvance;

    private ExpressTariff(CurrencyCode currency, Map<String, String> zoneByCountry, String otherwiseZone, Map<String, List<Bracket>> brackets,
                          Map<String, Transit> transit, int volumetricDivisor, BigDecimal fuelSurchargePercent, Money ddpFee,
                          Map<CurrencyCode, BigDecimal> ddpConversion, long maxPieceGrams, int[] maxPieceSortedMm,
                          Optional<String> webhookSecret, Duration webhookTolerance, boolean sandboxAutoAdvance) {
        this.currency = currency;
        this.zoneByCountry = Map.copyOf(zoneByCountry);
        this.otherwiseZone = otherwiseZone;
        this.brackets = Map.copyOf(brackets);
        this.transit = Map.copyOf(transit);
        this.volumetricDivisor = volumetricDivisor;
        this.fuelSurchargePercent = fuelSurchargePercent;
        this.ddpFee = ddpFee;
        this.ddpConversion = Map.copyOf(ddpConversion);
        this.maxPieceGrams = maxPieceGrams;
        this.maxPieceSortedMm = maxPieceSortedMm.clone();
        this.webhookSecret = webhookSecret;
        this.webhookTolerance = webhookTolerance;
        this.sandboxAutoAdvance = sandboxAutoAdvance;
    }

    /** The zone of a destination, if the courier serves it. */
    Optional<String> zoneOf(CountryCode country) {
        return Optional.ofNullable(zoneByCountry.getOrDefault(country.code(), otherwiseZone));
    }

    /** Transit days to a zone. */
    Optional<Transit> transit(String zone) {
        return Optional.ofNullable(transit.get(zone));
    }

    /** Units of the courier's currency per unit of another currency, for DDP duty estimates. */
    Optional<BigDecimal> conversionFrom(CurrencyCode from) {
        return from.equals(currency) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(ddpConversion.get(from));
    }

    /**
     * The base price of a chargeable weight (already rounded to 0.5 kg): the first bracket whose maximum is
     * at least the weight; above the heaviest bracket, its price plus its extra price per additional 0.5 kg.
     */
    Optional<Money> basePrice(String zone, Weight chargeable) {
        List<Bracket> list = brackets.get(zone);
        if (list == null) {
            return Optional.empty();
        }
        for (Bracket b : list) {
            if (chargeable.grams() <= b.upToGrams()) {
                return Optional.of(b.price());
            }
        }
        Bracket last = list.get(list.size() - 1);
        if (last.extraPerHalfKg().isEmpty()) {
            return Optional.empty();
        }
        long halfKilos = (chargeable.grams() - last.upToGrams() + 499) / 500;
        return Optional.of(last.price().plus(last.extraPerHalfKg().get().times(halfKilos)));
    }

    /** Whether a zone has rates. */
    boolean serves(String zone) {
        return brackets.containsKey(zone);
    }

    static Parsed parse(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        CurrencyCode currency = null;
        try {
            currency = CurrencyCode.of(ExpressConfig.value(config, ExpressConfig.CURRENCY).trim());
        } catch (IllegalArgumentException e) {
            problems.add(ConfigProblem.invalid(ExpressConfig.CURRENCY, e.getMessage()));
        }
        Map<String, String> zoneByCountry = new HashMap<>();
        String[] otherwise = {null};
        parseZones(ExpressConfig.value(config, ExpressConfig.ZONES), zoneByCountry, otherwise, problems);
        Map<String, Transit> transit = new HashMap<>();
        parseTransit(ExpressConfig.value(config, ExpressConfig.TRANSIT_DAYS), transit, problems);
        Map<String, List<Bracket>> brackets = new HashMap<>();
        Set<String> zones = new HashSet<>(zoneByCountry.values());
        if (otherwise[0] != null) {
            zones.add(otherwise[0]);
        }
        parseRates(ExpressConfig.value(config, ExpressConfig.RATES), currency, zones, transit, brackets, problems);

        long divisor = number(config, ExpressConfig.VOLUMETRIC_DIVISOR, problems);
        if (divisor < 1000 || divisor > 10_000) {
            problems.add(ConfigProblem.invalid(ExpressConfig.VOLUMETRIC_DIVISOR,
                    "the volumetric divisor must be 1000 to 10000 cm3/kg (express couriers commonly use 5000), was " + divisor));
        }
        BigDecimal fuel = decimal(config, ExpressConfig.FUEL_SURCHARGE_PERCENT, problems);
        if (fuel != null && (fuel.signum() < 0 || fuel.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(ConfigProblem.invalid(ExpressConfig.FUEL_SURCHARGE_PERCENT, "the fuel surcharge must be 0 to 100 percent, was "
                    + fuel.toPlainString()));
        }
        Money ddpFee = null;
        BigDecimal fee = decimal(config, ExpressConfig.DDP_FEE, problems);
        if (fee != null && currency != null) {
            try {
                ddpFee = Money.of(fee, currency);
                if (ddpFee.isNegative()) {
                    throw new IllegalArgumentException("negative");
                }
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(ExpressConfig.DDP_FEE, "the DDP fee must be zero or more in " + currency + " with at most "
                        + currency.exponent() + " decimals, was " + fee.toPlainString()));
            }
        }
        Map<CurrencyCode, BigDecimal> conversion = new HashMap<>();
        parseConversion(ExpressConfig.value(config, ExpressConfig.DDP_CONVERSION_RATES), currency, conversion, problems);

        long maxGrams = 0;
        BigDecimal maxKg = decimal(config, ExpressConfig.MAX_PIECE_WEIGHT_KG, problems);
        if (maxKg != null) {
            if (maxKg.signum() <= 0 || maxKg.compareTo(BigDecimal.valueOf(1000)) > 0 || maxKg.scale() > 3) {
                problems.add(ConfigProblem.invalid(ExpressConfig.MAX_PIECE_WEIGHT_KG, "the piece weight limit must be more than 0 and at most 1000 kg, was "
                        + maxKg.toPlainString()));
            } else {
                maxGrams = maxKg.movePointRight(3).longValueExact();
            }
        }
        int[] maxDims = {0, 0, 0};
        String dims = ExpressConfig.value(config, ExpressConfig.MAX_PIECE_DIMENSIONS_CM).trim();
        if (dims.matches("[0-9]{1,4}x[0-9]{1,4}x[0-9]{1,4}")) {
            maxDims = Arrays.stream(dims.split("x")).mapToInt(cm -> Integer.parseInt(cm) * 10).sorted().toArray();
            if (maxDims[0] == 0) {
                problems.add(ConfigProblem.invalid(ExpressConfig.MAX_PIECE_DIMENSIONS_CM, "every side must be at least 1 cm, was " + dims));
            }
        } else {
            problems.add(ConfigProblem.invalid(ExpressConfig.MAX_PIECE_DIMENSIONS_CM, "expected 'LxWxH' in whole cm such as 120x80x80, was '" + dims + "'"));
        }
        long tolerance = number(config, ExpressConfig.WEBHOOK_TOLERANCE_SECONDS, problems);
        if (tolerance < 1 || tolerance > 86_400) {
            problems.add(ConfigProblem.invalid(ExpressConfig.WEBHOOK_TOLERANCE_SECONDS, "the replay window must be 1 to 86400 seconds, was " + tolerance));
        }
        Optional<String> secret = config.find(ExpressConfig.WEBHOOK_SECRET).filter(s -> !s.isEmpty());
        boolean autoAdvance = "true".equals(ExpressConfig.value(config, ExpressConfig.SANDBOX_AUTO_ADVANCE).trim());
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new ExpressTariff(currency, zoneByCountry, otherwise[0], brackets, transit, (int) divisor, fuel, ddpFee, conversion,
                maxGrams, maxDims, secret, Duration.ofSeconds(tolerance), autoAdvance), List.of());
    }

    private static long number(PluginConfig config, String field, List<ConfigProblem> problems) {
        try {
            return Long.parseLong(ExpressConfig.value(config, field).trim());
        } catch (NumberFormatException e) {
            problems.add(ConfigProblem.invalid(field, "'" + field + "' must be a whole number"));
            return 0;
        }
    }

    private static BigDecimal decimal(PluginConfig config, String field, List<ConfigProblem> problems) {
        try {
            return new BigDecimal(ExpressConfig.value(config, field).trim());
        } catch (NumberFormatException e) {
            problems.add(ConfigProblem.invalid(field, "'" + field + "' must be a decimal number such as 12.5"));
            return null;
        }
    }

    private static void parseZones(String text, Map<String, String> zoneByCountry, String[] otherwise, List<ConfigProblem> problems) {
        String f = ExpressConfig.ZONES;
        Map<String, Integer> zoneLine = new HashMap<>();
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> cells = row.cells();
            int eq = cells.indexOf("=");
            if (eq < 1 || eq != cells.size() - 2) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'COUNTRY [COUNTRY...] = ZONE', e.g. 'DE FR IT = C' or '* = E'"));
                continue;
            }
            String zone = cells.get(cells.size() - 1);
            if (!zone.matches("[A-Za-z0-9_-]{1,16}")) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": zone '" + zone + "' must be 1 to 16 letters, digits, '_' or '-'"));
                continue;
            }
            for (String country : cells.subList(0, eq)) {
                if (country.equals("*")) {
                    if (otherwise[0] != null) {
                        problems.add(ConfigProblem.invalid(f, row.where(f) + ": '*' (every other country) is already given"));
                    }
                    otherwise[0] = zone;
                    continue;
                }
                try {
                    CountryCode.of(country);
                } catch (IllegalArgumentException e) {
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + e.getMessage()));
                    continue;
                }
                Integer earlier = zoneLine.putIfAbsent(country, row.line());
                if (earlier != null) {
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + country + " is already in zone " + zoneByCountry.get(country)
                            + " (line " + earlier + ")"));
                    continue;
                }
                zoneByCountry.put(country, zone);
            }
        }
        if (zoneByCountry.isEmpty() && otherwise[0] == null) {
            problems.add(ConfigProblem.invalid(f, "no zone is defined: add lines such as 'DE FR IT = C'"));
        }
    }

    private static void parseTransit(String text, Map<String, Transit> transit, List<ConfigProblem> problems) {
        String f = ExpressConfig.TRANSIT_DAYS;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 2 || !c.get(1).matches("[0-9]{1,3}-[0-9]{1,3}")) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'ZONE MIN-MAX', e.g. 'C 3-5'"));
                continue;
            }
            String[] range = c.get(1).split("-");
            int min = Integer.parseInt(range[0]);
            int max = Integer.parseInt(range[1]);
            if (max < min || max == 0) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": transit days " + c.get(1) + " must be MIN-MAX with 0 <= MIN <= MAX and MAX >= 1"));
                continue;
            }
            if (transit.put(c.get(0), new Transit(min, max)) != null) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": zone " + c.get(0) + " is given twice"));
            }
        }
    }

    private static void parseRates(String text, CurrencyCode currency, Set<String> zones, Map<String, Transit> transit,
                                   Map<String, List<Bracket>> brackets, List<ConfigProblem> problems) {
        String f = ExpressConfig.RATES;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 3 && c.size() != 4) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'ZONE UP_TO_KG PRICE [EXTRA_PER_HALF_KG]', e.g. 'C 10 176.00 7.90'"));
                continue;
            }
            String zone = c.get(0);
            if (!zones.contains(zone)) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": zone '" + zone + "' is not used by any line of 'zones'"));
                continue;
            }
            if (!transit.containsKey(zone)) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": no transit days for zone " + zone + "; add a line '" + zone
                        + " MIN-MAX' to 'transitDays'"));
                continue;
            }
            long upTo;
            try {
                upTo = Weight.ofKilograms(c.get(1)).grams();
                if (upTo <= 0 || upTo % 500 != 0) {
                    throw new IllegalArgumentException("not a multiple of 0.5 kg");
                }
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": bracket weight '" + c.get(1)
                        + "' must be a positive multiple of 0.5 kg, since chargeable weight is rounded up to 0.5 kg"));
                continue;
            }
            if (currency == null) {
                continue;
            }
            Money price;
            Optional<Money> extra = Optional.empty();
            try {
                price = Money.of(new BigDecimal(c.get(2)), currency);
                if (c.size() == 4) {
                    extra = Optional.of(Money.of(new BigDecimal(c.get(3)), currency));
                }
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": prices must be decimals in " + currency + " with at most "
                        + currency.exponent() + " decimals, e.g. 45.50"));
                continue;
            }
            if (price.minorUnits() <= 0 || extra.map(m -> m.minorUnits() <= 0).orElse(false)) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": prices must be more than 0"));
                continue;
            }
            List<Bracket> list = brackets.computeIfAbsent(zone, k -> new ArrayList<>());
            Optional<Bracket> same = list.stream().filter(b -> b.upToGrams() == upTo).findFirst();
            if (same.isPresent()) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": zone " + zone + " up to " + c.get(1) + " kg is already priced at line "
                        + same.get().line()));
                continue;
            }
            list.add(new Bracket(upTo, price, extra, row.line()));
        }
        for (List<Bracket> list : brackets.values()) {
            list.sort(Comparator.comparingLong(Bracket::upToGrams));
            for (int i = 0; i < list.size() - 1; i++) {
                if (list.get(i).extraPerHalfKg().isPresent()) {
                    problems.add(ConfigProblem.invalid(f, "rates line " + list.get(i).line()
                            + ": an extra price per 0.5 kg is only allowed on the heaviest bracket of a zone"));
                }
            }
        }
        brackets.replaceAll((k, v) -> List.copyOf(v));
        if (brackets.isEmpty() && problems.isEmpty()) {
            problems.add(ConfigProblem.invalid(f, "no rate is defined: add lines such as 'C 0.5 46.00'"));
        }
    }

    private static void parseConversion(String text, CurrencyCode currency, Map<CurrencyCode, BigDecimal> conversion, List<ConfigProblem> problems) {
        String f = ExpressConfig.DDP_CONVERSION_RATES;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 2 || !c.get(0).matches("[A-Z]{3}/[A-Z]{3}")) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'FROM/TO RATE', e.g. 'EUR/USD 1.1700'"));
                continue;
            }
            try {
                CurrencyCode from = CurrencyCode.of(c.get(0).substring(0, 3));
                CurrencyCode to = CurrencyCode.of(c.get(0).substring(4));
                if (currency != null && !to.equals(currency)) {
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": converts to " + to + ", but quotes are in " + currency
                            + "; write '" + from + "/" + currency + " RATE'"));
                    continue;
                }
                BigDecimal rate = new BigDecimal(c.get(1));
                if (rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                if (conversion.put(from, rate) != null) {
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + c.get(0) + " is given twice"));
                }
            } catch (NumberFormatException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": the rate '" + c.get(1) + "' must be a positive decimal"));
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + e.getMessage()));
            }
        }
    }
}
