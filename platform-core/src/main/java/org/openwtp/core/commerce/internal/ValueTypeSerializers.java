package org.openwtp.core.commerce.internal;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** @return the module with a writer per value type */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("openwtp-commerce-values");
        module.addSerializer(Money.class, new Writer<>(Money.class, (money, gen) -> {
            gen.writeNumberField("minorUnits", money.minorUnits());
            gen.writeFieldName("currency");
            writeCode(gen, money.currency().code());
        }));
        module.addSerializer(CurrencyCode.class, new Writer<>(CurrencyCode.class, (currency, gen) ->
                gen.writeStringField("code", currency.code())));
        module.addSerializer(CountryCode.class, new Writer<>(CountryCode.class, (country, gen) ->
                gen.writeStringField("code", country.code())));
        module.addSerializer(HsCode.class, new Writer<>(HsCode.class, (hs, gen) -> gen.writeStringField("digits", hs.digits())));
        module.addSerializer(Weight.class, new Writer<>(Weight.class, (weight, gen) -> gen.writeNumberField("grams", weight.grams())));
        module.addSerializer(TenantId.class, new Writer<>(TenantId.class, (tenant, gen) -> gen.writeStringField("value", tenant.value())));
        module.addSerializer(Dimensions.class, new Writer<>(Dimensions.class, (box, gen) -> {
            gen.writeNumberField("lengthMm", box.lengthMm());
            gen.writeNumberField("widthMm", box.widthMm());
            gen.writeNumberField("heightMm", box.heightMm());
        }));
        return module;
    }

    private static void writeCode(JsonGenerator gen, String code) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("code", code);
        gen.writeEndObject();
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
