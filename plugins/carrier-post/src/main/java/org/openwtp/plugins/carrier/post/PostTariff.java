package org.openwtp.plugins.carrier.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openwtp.plugins.support.text.TextTable;
import org.openwtp.sdk.config.ConfigProblem;
import org.openwtp.sdk.config.PluginConfig;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Weight;

/**
 * A tenant's post configuration, parsed and checked: origin, currency, zones, rate brackets, transit
 * times, weight limits, SDR rates and webhook settings. Immutable and thread-safe.
 */
final class PostTariff {

    /** One weight bracket of a (service, zone) rate list. */
    record Bracket(long upToGrams, Money price, Optional<Money> extraPerKg, int line) {
    }

    /** Transit days. */
    record Transit(int min, int max) {
    }

    /** The parsed tariff, or every problem found. */
    record Parsed(PostTariff tariff, List<ConfigProblem> problems) {
    }

    /** The SDR threshold between CN22 and CN23. */
    static final BigDecimal CN23_FROM_SDR = new BigDecimal("300");

    final CountryCode origin;
    final CurrencyCode currency;
    private final Map<String, String> zoneByCountry;
    private final String otherwiseZone;
    private final Map<String, List<Bracket>> brackets;
    private final Map<String, Transit> transit;
    final int volumetricDivisor;
    private final Map<PostService, Long> maxGrams;
    private final Map<String, BigDecimal> unitsPerSdr;
    final Optional<String> webhookSecret;
    final Duration webhookTolerance;
    final boolean sandboxAutoAdvance;

    private PostTariff(CountryCode origin, CurrencyCode currency, Map<String, String> zoneByCountry, String otherwiseZone,
                       Map<String, List<Bracket>> brackets, Map<String, Transit> transit, int volumetricDivisor,
                       Map<PostService, Long> maxGrams, Map<String, BigDecimal> unitsPerSdr, Optional<String> webhookSecret,
                       Duration webhookTolerance, boolean sandboxAutoAdvance) {
        this.origin = origin;
        this.currency = currency;
        this.zoneByCountry = Map.copyOf(zoneByCountry);
        this.otherwiseZone = otherwiseZone;
        this.brackets = Map.copyOf(brackets);
        this.transit = Map.copyOf(transit);
        this.volumetricDivisor = volumetricDivisor;
        this.maxGrams = Map.copyOf(maxGrams);
        this.unitsPerSdr = Map.copyOf(unitsPerSdr);
        this.webhookSecret = webhookSecret;
        this.webhookTolerance = webhookTolerance;
        this.sandboxAutoAdvance = sandboxAutoAdvance;
    }

    /** The zone of a destination, if the post serves it. */
    Optional<String> zoneOf(CountryCode country) {
        return Optional.ofNullable(zoneByCountry.getOrDefault(country.code(), otherwiseZone));
    }

    /** The weight limit of a service. */
    long maxGrams(PostService service) {
        return maxGrams.get(service);
    }

    /** The transit days of a service to a zone, if it has rates there. */
    Optional<Transit> transit(PostService service, String zone) {
        return Optional.ofNullable(transit.get(key(service, zone)));
    }

    /** Whether a service has any rate to a zone. */
    boolean serves(PostService service, String zone) {
        return brackets.containsKey(key(service, zone));
    }

    /**
     * The price of one item: the first bracket whose maximum is at least the weight; above the last
     * bracket, its price plus its extra price for every started kilogram over it.
     *
     * @return the price, or empty when the weight is above the table and no extra price is set
     */
    Optional<Money> price(PostService service, String zone, Weight weight) {
        List<Bracket> list = brackets.get(key(service, zone));
        if (list == null) {
            return Optional.empty();
        }
        for (Bracket b : list) {
            if (weight.grams() <= b.upToGrams()) {
                return Optional.of(b.price());
            }
        }
        Bracket last = list.get(list.size() - 1);
        if (last.extraPerKg().isEmpty()) {
            return Optional.empty();
        }
        long startedKg = (weight.grams() - last.upToGrams() + 999) / 1000;
        return Optional.of(last.price().plus(last.extraPerKg().get().times(startedKg)));
    }

    /** The largest weight the table prices without extra per-kg charges. */
    Weight tableMax(PostService service, String zone) {
        List<Bracket> list = brackets.get(key(service, zone));
        return Weight.ofGrams(list.get(list.size() - 1).upToGrams());
    }

    /** Units of a currency per SDR, if configured. */
    Optional<BigDecimal> unitsPerSdr(CurrencyCode currency) {
        return Optional.ofNullable(unitsPerSdr.get(currency.code()));
    }

    private static String key(PostService service, String zone) {
        return service.name() + "|" + zone;
    }

    /**
     * Parses a configuration (defaults applied), collecting every problem with its field and line.
     *
     * @param config the configuration
     * @return the tariff, or null with the problems
     */
    static Parsed parse(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        CountryCode origin = null;
        try {
            origin = CountryCode.of(PostConfig.value(config, PostConfig.ORIGIN_COUNTRY).trim());
        } catch (IllegalArgumentException e) {
            problems.add(ConfigProblem.invalid(PostConfig.ORIGIN_COUNTRY, e.getMessage()));
        }
        CurrencyCode currency = null;
        try {
            currency = CurrencyCode.of(PostConfig.value(config, PostConfig.CURRENCY).trim());
        } catch (IllegalArgumentException e) {
            problems.add(ConfigProblem.invalid(PostConfig.CURRENCY, e.getMessage()));
        }
        Map<String, String> zoneByCountry = new HashMap<>();
        Map<String, Integer> zoneLine = new HashMap<>();
        String[] otherwise = {null};
        parseZones(PostConfig.value(config, PostConfig.ZONES), zoneByCountry, zoneLine, otherwise, problems);
        Map<String, List<Bracket>> brackets = new TreeMap<>();
        Map<String, Transit> transit = new HashMap<>();
        parseTransit(PostConfig.value(config, PostConfig.TRANSIT_DAYS), transit, problems);
        parseRates(PostConfig.value(config, PostConfig.RATES), currency, zoneByCountry, otherwise[0], transit, brackets, problems);

        long divisor = number(config, PostConfig.VOLUMETRIC_DIVISOR, problems);
        if (divisor < 1000 || divisor > 10_000) {
            problems.add(ConfigProblem.invalid(PostConfig.VOLUMETRIC_DIVISOR,
                    "the volumetric divisor must be 1000 to 10000 cm3/kg (posts commonly use 6000), was " + divisor));
        }
        Map<PostService, Long> maxGrams = new EnumMap<>(PostService.class);
        maxGrams.put(PostService.SMALL_PACKET, 2000L);
        maxGrams.put(PostService.PARCEL, limit(config, PostConfig.PARCEL_MAX_WEIGHT_KG, 50, problems));
        maxGrams.put(PostService.EMS, limit(config, PostConfig.EMS_MAX_WEIGHT_KG, 50, problems));

        Map<String, BigDecimal> sdr = new LinkedHashMap<>();
        parseSdr(PostConfig.value(config, PostConfig.SDR_RATES), sdr, problems);

        long tolerance = number(config, PostConfig.WEBHOOK_TOLERANCE_SECONDS, problems);
        if (tolerance < 1 || tolerance > 86_400) {
            problems.add(ConfigProblem.invalid(PostConfig.WEBHOOK_TOLERANCE_SECONDS,
                    "the replay window must be 1 to 86400 seconds, was " + tolerance));
        }
        Optional<String> secret = config.find(PostConfig.WEBHOOK_SECRET).filter(s -> !s.isEmpty());
        boolean autoAdvance = "true".equals(PostConfig.value(config, PostConfig.SANDBOX_AUTO_ADVANCE).trim());
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new PostTariff(origin, currency, zoneByCountry, otherwise[0], brackets, transit, (int) divisor, maxGrams, sdr,
                secret, Duration.ofSeconds(tolerance), autoAdvance), List.of());
    }

    private static long number(PluginConfig config, String field, List<ConfigProblem> problems) {
        try {
            return Long.parseLong(PostConfig.value(config, field).trim());
        } catch (NumberFormatException e) {
            problems.add(ConfigProblem.invalid(field, "'" + field + "' must be a whole number"));
            return 0;
        }
    }

    private static long limit(PluginConfig config, String field, int ceilingKg, List<ConfigProblem> problems) {
        BigDecimal kg;
        try {
            kg = new BigDecimal(PostConfig.value(config, field).trim());
        } catch (NumberFormatException e) {
            problems.add(ConfigProblem.invalid(field, "'" + field + "' must be a decimal number of kilograms"));
            return 1;
        }
        if (kg.signum() <= 0 || kg.compareTo(BigDecimal.valueOf(ceilingKg)) > 0 || kg.scale() > 3) {
            problems.add(ConfigProblem.invalid(field, "the weight limit must be more than 0 and at most " + ceilingKg
                    + " kg with at most 3 decimals, was " + kg.toPlainString()));
            return 1;
        }
        return kg.movePointRight(3).longValueExact();
    }

    private static void parseZones(String text, Map<String, String> zoneByCountry, Map<String, Integer> zoneLine, String[] otherwise,
                                   List<ConfigProblem> problems) {
        String f = PostConfig.ZONES;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> cells = row.cells();
            int eq = cells.indexOf("=");
            if (eq < 1 || eq != cells.size() - 2) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'COUNTRY [COUNTRY...] = ZONE', e.g. 'KZ BY AM = 1' or '* = 5'"));
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
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + country + " is already in zone "
                            + zoneByCountry.get(country) + " (line " + earlier + ")"));
                    continue;
                }
                zoneByCountry.put(country, zone);
            }
        }
        if (zoneByCountry.isEmpty() && otherwise[0] == null) {
            problems.add(ConfigProblem.invalid(f, "no zone is defined: add lines such as 'CN KR JP = 3'"));
        }
    }

    private static void parseTransit(String text, Map<String, Transit> transit, List<ConfigProblem> problems) {
        String f = PostConfig.TRANSIT_DAYS;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 3 || !c.get(2).matches("[0-9]{1,3}-[0-9]{1,3}")) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'SERVICE ZONE MIN-MAX', e.g. 'EMS 3 5-10'"));
                continue;
            }
            PostService service = PostService.find(c.get(0));
            if (service == null) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": unknown service '" + c.get(0) + "'; services: " + List.of(PostService.values())));
                continue;
            }
            String[] range = c.get(2).split("-");
            int min = Integer.parseInt(range[0]);
            int max = Integer.parseInt(range[1]);
            if (max < min || max == 0) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": transit days " + c.get(2) + " must be MIN-MAX with 0 <= MIN <= MAX and MAX >= 1"));
                continue;
            }
            if (transit.put(key(service, c.get(1)), new Transit(min, max)) != null) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + service + " zone " + c.get(1) + " is given twice"));
            }
        }
    }

    private static void parseRates(String text, CurrencyCode currency, Map<String, String> zoneByCountry, String otherwise,
                                   Map<String, Transit> transit, Map<String, List<Bracket>> brackets, List<ConfigProblem> problems) {
        String f = PostConfig.RATES;
        java.util.Set<String> zones = new java.util.HashSet<>(zoneByCountry.values());
        if (otherwise != null) {
            zones.add(otherwise);
        }
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 4 && c.size() != 5) {
                problems.add(ConfigProblem.invalid(f, row.where(f)
                        + ": expected 'SERVICE ZONE UP_TO_KG PRICE [EXTRA_PER_KG]', e.g. 'PARCEL 3 5 2980.00 390.00'"));
                continue;
            }
            PostService service = PostService.find(c.get(0));
            if (service == null) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": unknown service '" + c.get(0) + "'; services: " + List.of(PostService.values())));
                continue;
            }
            String zone = c.get(1);
            if (!zones.contains(zone)) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": zone '" + zone + "' is not used by any line of 'zones'"));
                continue;
            }
            if (!transit.containsKey(key(service, zone))) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": no transit days for " + service + " zone " + zone
                        + "; add a line '" + service + " " + zone + " MIN-MAX' to 'transitDays'"));
                continue;
            }
            long upTo;
            try {
                upTo = Weight.ofKilograms(c.get(2)).grams();
                if (upTo <= 0) {
                    throw new IllegalArgumentException("weight must be more than 0");
                }
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": bracket weight '" + c.get(2) + "' must be kilograms above 0 with at most 3 decimals"));
                continue;
            }
            if (currency == null) {
                continue;
            }
            Money price;
            Optional<Money> extra = Optional.empty();
            try {
                price = Money.of(new BigDecimal(c.get(3)), currency);
                if (c.size() == 5) {
                    extra = Optional.of(Money.of(new BigDecimal(c.get(4)), currency));
                }
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": prices must be decimals in " + currency + " with at most "
                        + currency.exponent() + " decimals, e.g. 1150.00"));
                continue;
            }
            if (price.minorUnits() <= 0 || extra.map(m -> m.minorUnits() <= 0).orElse(false)) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": prices must be more than 0"));
                continue;
            }
            List<Bracket> list = brackets.computeIfAbsent(key(service, zone), k -> new ArrayList<>());
            Optional<Bracket> same = list.stream().filter(b -> b.upToGrams() == upTo).findFirst();
            if (same.isPresent()) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + service + " zone " + zone + " up to " + c.get(2)
                        + " kg is already priced at line " + same.get().line()));
                continue;
            }
            list.add(new Bracket(upTo, price, extra, row.line()));
        }
        for (List<Bracket> list : brackets.values()) {
            list.sort(Comparator.comparingLong(Bracket::upToGrams));
            for (int i = 0; i < list.size() - 1; i++) {
                if (list.get(i).extraPerKg().isPresent()) {
                    problems.add(ConfigProblem.invalid(f, "rates line " + list.get(i).line()
                            + ": an extra per-kg price is only allowed on the heaviest bracket of a service and zone"));
                }
            }
        }
        brackets.replaceAll((k, v) -> List.copyOf(v));
        if (brackets.isEmpty() && problems.isEmpty()) {
            problems.add(ConfigProblem.invalid(f, "no rate is defined: add lines such as 'SMALL_PACKET 3 0.5 630.00'"));
        }
    }

    private static void parseSdr(String text, Map<String, BigDecimal> sdr, List<ConfigProblem> problems) {
        String f = PostConfig.SDR_RATES;
        for (TextTable.Row row : TextTable.rows(text)) {
            List<String> c = row.cells();
            if (c.size() != 2 || !c.get(0).matches("XDR/[A-Z]{3}")) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": expected 'XDR/CURRENCY UNITS_PER_SDR', e.g. 'XDR/RUB 108.70'"));
                continue;
            }
            String code = c.get(0).substring(4);
            try {
                CurrencyCode.of(code);
                BigDecimal rate = new BigDecimal(c.get(1));
                if (rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                if (sdr.put(code, rate) != null) {
                    problems.add(ConfigProblem.invalid(f, row.where(f) + ": XDR/" + code + " is given twice"));
                }
            } catch (NumberFormatException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": the rate '" + c.get(1) + "' must be a positive decimal"));
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.invalid(f, row.where(f) + ": " + e.getMessage()));
            }
        }
    }
}
