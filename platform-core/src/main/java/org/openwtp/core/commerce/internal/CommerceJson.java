package org.openwtp.core.commerce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.openwtp.sdk.Reason;

/**
 * The JSON of values the commerce tables keep in text columns (addresses, reason lists, whole quotes).
 * Reading ignores properties it does not know, so a derived getter written by an older version never
 * breaks a later read. Thread-safe.
 */
public final class CommerceJson {

    private static final ObjectMapper MAPPER = withRecordWriters().addModule(ValueTypeSerializers.module()).build();
    private static final ObjectMapper ASCII = ((JsonMapper) MAPPER).rebuild().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
    };

    private CommerceJson() {
    }

    /**
     * The mapper's settings without {@link ValueTypeSerializers}: Jackson's own record writers, which write the same
     * JSON (what the tests compare the faster writers with).
     *
     * @return a builder
     */
    static JsonMapper.Builder withRecordWriters() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS);
    }

    /**
     * Writes a value.
     *
     * @param value the value
     * @return its JSON
     */
    public static String write(Object value) {
        return write(MAPPER, value);
    }

    /**
     * Writes a value as JSON in ASCII, every other character as a JSON unicode escape: what {@link #read} reads
     * alike, and for a large body much cheaper for the database driver to encode (an all-ASCII string is copied, one
     * with any other character converted character by character). For the stored quote, written on every quote.
     *
     * @param value the value
     * @return its JSON, ASCII only
     */
    public static String writeAscii(Object value) {
        return write(ASCII, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a value.
     *
     * @param json the JSON
     * @param type the type
     * @param <T>  the type
     * @return the value
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a list of strings.
     *
     * @param json the JSON array
     * @return the strings
     */
    public static List<String> strings(String json) {
        try {
            return List.copyOf(MAPPER.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a list of reasons.
     *
     * @param json the JSON array
     * @return the reasons
     */
    public static List<Reason> reasons(String json) {
        try {
            return List.copyOf(MAPPER.readValue(json, REASONS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
