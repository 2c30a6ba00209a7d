package org.openwtp.core.commerce.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.openwtp.sdk.context.TenantId;
import org.openwtp.sdk.geo.CountryCode;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.Dimensions;
import org.openwtp.sdk.trade.HsCode;
import org.openwtp.sdk.trade.Weight;

/**
 * Writers for the SDK's small value records that write <b>exactly</b> the JSON Jackson's record serializer writes
 * for them (same properties, same order), without its per-property reflection. A stored quote is mostly these
 * (about 130 of its 160 JSON objects: every amount is a {@link Money} holding a {@link CurrencyCode}), and writing
 * it is the quote writer's largest cost. Reading is unchanged. Stateless and thread-safe.
 */
final class ValueTypeSerializers {

    private ValueTypeSerializers() {
    }

    // names escaped once, as Jackson's own property writers keep them (writeFieldName(String) escapes on every call)
    private static final SerializedString MINOR_UNITS = new SerializedString("minorUnits");
    private static final SerializedString CURRENCY = new SerializedString("currency");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString DIGITS = new SerializedString("digits");
    private static final SerializedString GRAMS = new SerializedString("grams");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString LENGTH_MM = new SerializedString("lengthMm");
    private static final SerializedString WIDTH_MM = new SerializedString("widthMm");
    private static final SerializedString HEIGHT_MM = new SerializedString("heightMm");

    /** @return the module with a writer per value type */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("openwtp-commerce-values");
        module.addSerializer(Money.class, new Writer<>(Money.class, (money, gen) -> {
            number(gen, MINOR_UNITS, money.minorUnits());
            gen.writeFieldName(CURRENCY);
            gen.writeStartObject();
            string(gen, CODE, money.currency().code());
            gen.writeEndObject();
        }));
        module.addSerializer(CurrencyCode.class, new Writer<>(CurrencyCode.class, (currency, gen) -> string(gen, CODE, currency.code())));
        module.addSerializer(CountryCode.class, new Writer<>(CountryCode.class, (country, gen) -> string(gen, CODE, country.code())));
        module.addSerializer(HsCode.class, new Writer<>(HsCode.class, (hs, gen) -> string(gen, DIGITS, hs.digits())));
        module.addSerializer(Weight.class, new Writer<>(Weight.class, (weight, gen) -> number(gen, GRAMS, weight.grams())));
        module.addSerializer(TenantId.class, new Writer<>(TenantId.class, (tenant, gen) -> string(gen, VALUE, tenant.value())));
        module.addSerializer(Dimensions.class, new Writer<>(Dimensions.class, (box, gen) -> {
            number(gen, LENGTH_MM, box.lengthMm());
            number(gen, WIDTH_MM, box.widthMm());
            number(gen, HEIGHT_MM, box.heightMm());
        }));
        return module;
    }

    private static void string(JsonGenerator gen, SerializedString name, String value) throws IOException {
        gen.writeFieldName(name);
        gen.writeString(value);
    }

    private static void number(JsonGenerator gen, SerializedString name, long value) throws IOException {
        gen.writeFieldName(name);
        gen.writeNumber(value);
    }

    /** The properties of one value, written between the braces. */
    @FunctionalInterface
    private interface Properties<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    private static final class Writer<T> extends StdSerializer<T> {

        private final transient Properties<T> properties;

        Writer(Class<T> type, Properties<T> properties) {
            super(type);
            this.properties = properties;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            properties.write(value, gen);
            gen.writeEndObject();
        }
    }
}
