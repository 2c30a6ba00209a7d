package org.openwtp.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openwtp.sdk.carrier.RateRequest;
import org.openwtp.sdk.carrier.ShipmentRequest;
import org.openwtp.sdk.geo.Address;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.ImportRequest;
import org.openwtp.sdk.pavilion.ListingRequest;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.payment.PaymentMethod;
import org.openwtp.sdk.payment.PaymentMethodType;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Incoterm;
import org.openwtp.sdk.trade.Parcel;
import org.openwtp.sdk.trade.ShipmentCategory;
import org.openwtp.sdk.trade.Weight;

/**
 * Realistic sample trade data for contract suites and plugin tests: addresses in Russia, China and
 * Germany, parcels, and goods with real HS codes priced in RUB, CNY or EUR.
 *
 * <p>Prices are plausible retail prices, not quotes; every amount is exact in its currency.
 */
public final class SampleTrade {
    /** Russia. */
    public static final CountryCode RU = CountryCode.of("RU");
    /** China. */
    public static final CountryCode CN = CountryCode.of("CN");
    /** Germany. */
    public static final CountryCode DE = CountryCode.of("DE");
    /** Kazakhstan. */
    public static final CountryCode KZ = CountryCode.of("KZ");
    /** Russian rouble. */
    public static final CurrencyCode RUB = CurrencyCode.of("RUB");
    /** Chinese yuan renminbi. */
    public static final CurrencyCode CNY = CurrencyCode.of("CNY");
    /** Euro. */
    public static final CurrencyCode EUR = CurrencyCode.of("EUR");

    private SampleTrade() {
    }

    // ---- addresses ----

    /**
     * A honey and linen exporter in Moscow.
     *
     * @return the address
     */
    public static Address moscowExporter() {
        return new Address("OOO Altai Honey Trade", List.of("ul. Bolshaya Ordynka 40, str. 4"), "Moscow", "",
                "119017", RU, "+7 495 123 45 67", "export@altai-honey.example");
    }

    /**
     * A buyer in Moscow.
     *
     * @return the address
     */
    public static Address moscowBuyer() {
        return new Address("Irina Sokolova", List.of("ul. Tverskaya 7, kv. 12"), "Moscow", "", "125009", RU,
                "+7 916 555 01 02", "irina@example.ru");
    }

    /**
     * A tea and electronics exporter in Hangzhou.
     *
     * @return the address
     */
    public static Address hangzhouExporter() {
        return new Address("Hangzhou West Lake Tea Co., Ltd.", List.of("No. 18 Longjing Road, Xihu District"), "Hangzhou",
                "Zhejiang", "310013", CN, "+86 571 8888 0000", "sales@westlake-tea.example");
    }

    /**
     * A buyer in Shanghai.
     *
     * @return the address
     */
    public static Address shanghaiBuyer() {
        return new Address("Li Wei", List.of("Room 1203, 88 Century Avenue", "Pudong New Area"), "Shanghai", "Shanghai",
                "200120", CN, "+86 138 0013 8000", "li.wei@example.cn");
    }

    /**
     * A buyer in Berlin.
     *
     * @return the address
     */
    public static Address berlinBuyer() {
        return new Address("Anna Schmidt", List.of("Torstrasse 101"), "Berlin", "", "10119", DE, "+49 30 1234567",
                "anna@example.de");
    }

    // ---- parcels ----

    /**
     * A 1.5 kg box of 30 × 20 × 15 cm (volumetric 1.8 kg at 5000, 1.5 kg at 6000).
     *
     * @return the parcel
     */
    public static Parcel smallParcel() {
        return parcel("1.5", 30, 20, 15);
    }

    /**
     * A 40 kg box of 60 × 50 × 40 cm: over the 31 kg of most postal and EAEU limits.
     *
     * @return the parcel
     */
    public static Parcel heavyParcel() {
        return parcel("40", 60, 50, 40);
    }

    /**
     * A parcel.
     *
     * @param kilograms actual weight, e.g. {@code "2.25"}
     * @param lengthCm  length
     * @param widthCm   width
     * @param heightCm  height
     * @return the parcel
     */
    public static Parcel parcel(String kilograms, int lengthCm, int widthCm, int heightCm) {
        return new Parcel(Weight.ofKilograms(kilograms), Dimensions.ofCentimetres(lengthCm, widthCm, heightCm));
    }

    // ---- goods ----

    /**
     * Natural buckwheat honey, HS 0409.00, from Russia: a 500 g jar at RUB 950 / CNY 78 / EUR 10.50.
     *
     * @param currency RUB, CNY or EUR
     * @param quantity jars
     * @return the line
     */
    public static CustomsItem honey(String currency, int quantity) {
        return item("natural buckwheat honey, 500 g jar", "040900", RU, quantity, price(currency, "950.00", "78.00", "10.50"), 500);
    }

    /**
     * A linen tablecloth, HS 6302.59, from Russia: 450 g at RUB 3200 / CNY 260 / EUR 35.
     *
     * @param currency RUB, CNY or EUR
     * @param quantity pieces
     * @return the line
     */
    public static CustomsItem linenTablecloth(String currency, int quantity) {
        return item("linen tablecloth 150x220 cm", "630259", RU, quantity, price(currency, "3200.00", "260.00", "35.00"), 450);
    }

    /**
     * A 100 g bar of dark chocolate, HS 1806.32, from Russia: RUB 180 / CNY 15 / EUR 2.
     *
     * @param currency RUB, CNY or EUR
     * @param quantity bars
     * @return the line
     */
    public static CustomsItem chocolate(String currency, int quantity) {
        return item("dark chocolate bar, 100 g", "180632", RU, quantity, price(currency, "180.00", "15.00", "2.00"), 100);
    }

    /**
     * Longjing green tea, HS 0902.10, from China: a 250 g tin at RUB 1100 / CNY 90 / EUR 12.
     *
     * @param currency RUB, CNY or EUR
     * @param quantity tins
     * @return the line
     */
    public static CustomsItem greenTea(String currency, int quantity) {
        return item("Longjing green tea, 250 g tin", "090210", CN, quantity, price(currency, "1100.00", "90.00", "12.00"), 250);
    }

    /**
     * Bluetooth headphones, HS 8518.30, from China: 220 g at RUB 4500 / CNY 370 / EUR 49.
     *
     * @param currency RUB, CNY or EUR
     * @param quantity pieces
     * @return the line
     */
    public static CustomsItem headphones(String currency, int quantity) {
        return item("wireless bluetooth headphones", "851830", CN, quantity, price(currency, "4500.00", "370.00", "49.00"), 220);
    }

    /**
     * A typical Russian export order: two jars of honey, one tablecloth, five chocolate bars
     * (RUB 6 000 / CNY 491 / EUR 66; 1.95 kg net).
     *
     * @param currency RUB, CNY or EUR
     * @return the lines
     */
    public static List<CustomsItem> russianGoods(String currency) {
        return List.of(honey(currency, 2), linenTablecloth(currency, 1), chocolate(currency, 5));
    }

    /**
     * A typical Chinese export order: two tins of tea and a pair of headphones
     * (RUB 6 700 / CNY 550 / EUR 73; 0.72 kg net).
     *
     * @param currency RUB, CNY or EUR
     * @return the lines
     */
    public static List<CustomsItem> chineseGoods(String currency) {
        return List.of(greenTea(currency, 2), headphones(currency, 1));
    }

    /**
     * A customs line.
     *
     * @param description plain description
     * @param hsCode      6 to 10 digits
     * @param origin      country of origin
     * @param quantity    units
     * @param unitValue   value of one unit
     * @param unitGrams   net grams of one unit
     * @return the line
     */
    public static CustomsItem item(String description, String hsCode, CountryCode origin, int quantity, Money unitValue, long unitGrams) {
        return new CustomsItem(description, HsCode.of(hsCode), origin, quantity, unitValue, Weight.ofGrams(unitGrams));
    }

    /**
     * The value of some lines.
     *
     * @param items lines, all in one currency
     * @return their total value
     */
    public static Money value(List<CustomsItem> items) {
        Money sum = Money.zero(items.get(0).unitValue().currency());
        for (CustomsItem item : items) {
            sum = sum.plus(item.totalValue());
        }
        return sum;
    }

    /**
     * The net weight of some lines.
     *
     * @param items lines
     * @return their total net weight
     */
    public static Weight netWeight(List<CustomsItem> items) {
        Weight sum = Weight.ofGrams(0);
        for (CustomsItem item : items) {
            sum = sum.plus(item.totalWeight());
        }
        return sum;
    }

    // ---- requests ----

    /**
     * A rate request with the goods' value declared and no import estimate.
     *
     * @param from     sender
     * @param to       recipient
     * @param parcels  parcels
     * @param contents goods
     * @return the request
     */
    public static RateRequest rateRequest(Address from, Address to, List<Parcel> parcels, List<CustomsItem> contents) {
        return new RateRequest(from, to, parcels, contents, value(contents), Optional.empty());
    }

    /**
     * A shipment request matching a rate request, for sale of goods.
     *
     * @param orderReference the order
     * @param serviceCode    the chosen service
     * @param rate           the request the service was quoted for
     * @return the request
     */
    public static ShipmentRequest shipmentRequest(String orderReference, String serviceCode, RateRequest rate) {
        return new ShipmentRequest(orderReference, serviceCode, rate.from(), rate.to(), rate.parcels(), rate.contents(),
                ShipmentCategory.SALE_OF_GOODS);
    }

    /**
     * An import request for goods shipped DAP, insured for nothing, gross weight the net weight plus 300 g
     * of packaging, for buyer {@code buyer-1}.
     *
     * @param origin      where it ships from
     * @param destination the pavilion's country
     * @param items       the goods, in the pavilion's currency
     * @param shipping    the shipping charge, in the same currency
     * @return the request
     */
    public static ImportRequest importRequest(CountryCode origin, CountryCode destination, List<CustomsItem> items, Money shipping) {
        CurrencyCode currency = shipping.currency();
        return new ImportRequest(origin, destination, "buyer-1", items, shipping, Money.zero(currency),
                netWeight(items).plus(Weight.ofGrams(300)), Incoterm.DAP, currency);
    }

    /**
     * A listing with no certificates attached.
     *
     * @param title     product title
     * @param hsCode    commodity code
     * @param origin    country of origin
     * @param unitPrice price of one unit
     * @return the listing
     */
    public static ListingRequest listing(String title, String hsCode, CountryCode origin, Money unitPrice) {
        return new ListingRequest(title, "", HsCode.of(hsCode), origin, unitPrice, List.of());
    }

    /**
     * A seller application with a contact e-mail and no documents.
     *
     * @param legalName      company name
     * @param registryScheme e.g. {@code INN}
     * @param registryNumber the number as typed
     * @param address        the registered address
     * @return the application
     */
    public static SellerApplication sellerApplication(String legalName, String registryScheme, String registryNumber, Address address) {
        return new SellerApplication(legalName, registryScheme, registryNumber, address, "owner@seller.example", List.of());
    }

    /**
     * An export document request, DAP.
     *
     * @param orderReference the order
     * @param origin         where it ships from
     * @param destination    where it goes
     * @param items          the goods
     * @return the request
     */
    public static DocumentRequest documentRequest(String orderReference, CountryCode origin, CountryCode destination, List<CustomsItem> items) {
        return new DocumentRequest(orderReference, origin, destination, items, Incoterm.DAP);
    }

    /**
     * A sandbox card as a storefront sends it: number, expiry {@code 12/30}, holder {@code TEST BUYER}.
     *
     * @param number the card number
     * @return the method
     */
    public static PaymentMethod card(String number) {
        Objects.requireNonNull(number, "number must not be null");
        return new PaymentMethod(PaymentMethodType.CARD, Map.of("number", number, "expiry", "12/30", "holder", "TEST BUYER"));
    }

    private static Money price(String currency, String rub, String cny, String eur) {
        return switch (currency) {
            case "RUB" -> Money.of(rub, "RUB");
            case "CNY" -> Money.of(cny, "CNY");
            case "EUR" -> Money.of(eur, "EUR");
            default -> throw new IllegalArgumentException("sample prices exist in RUB, CNY and EUR, not " + currency);
        };
    }
}
