package dev.walls.core.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.walls.core.error.NonFiniteResultException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * JSON output for tools: records by component name (then the properties of their annotated accessors, by name),
 * enums by their lower-case ids, maps in their own (stable) order, two-space indentation and {@code \n} line ends on every platform, so that the same inputs give
 * byte-identical output.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .annotationIntrospector(new RecordOrder())
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("finite-numbers")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(Double.TYPE, new FiniteDoubleSerializer()))
            .build();

    private Json() {
    }

    /**
     * Reads JSON into plain maps, lists, strings, numbers and booleans (for tests and tools that read walls'
     * own output back).
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object read(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Returns the value as indented JSON, ending in a newline.
     *
     * @throws NonFiniteResultException naming the field when a number is NaN or an infinity, which JSON cannot hold
     *                                  (Jackson would write it as a string)
     */
    public static String write(Object value) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(value) + "\n";
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof NonFinite nonFinite) {
                throw new NonFiniteResultException("the result " + path(e) + " is not finite: " + nonFinite.value,
                        "the inputs of this command");
            }
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /** The field path Jackson recorded on its way out of the failed value, e.g. {@code walls.economics.metrics.x}. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "value" : b.toString();
    }

    /** Writes a double as a JSON number, refusing NaN and the infinities instead of writing them as strings. */
    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                throw new NonFinite(value);
            }
            gen.writeNumber(value);
        }
    }

    /** Thrown inside Jackson, which wraps it with the path to the field; unwrapped by {@link #write}. */
    private static final class NonFinite extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final double value;

        NonFinite(double value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    /**
     * Orders a record's properties as its components are declared, then the properties of its annotated accessors
     * (a derived {@code withinMaxDays}) by name. Jackson otherwise places accessor properties in the order reflection
     * lists the methods, which the JVM does not fix: the same sweep printed {@code runs} and {@code withinMaxDays} in
     * either order from one run to the next. A class's own {@code @JsonPropertyOrder} still wins.
     */
    private static final class RecordOrder extends JacksonAnnotationIntrospector {

        @Override
        public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
            String[] declared = super.findSerializationPropertyOrder(ac);
            Class<?> type = ac.getRawType();
            if (declared != null || !type.isRecord()) {
                return declared;
            }
            List<String> order = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                order.add(c.getName());
            }
            TreeSet<String> derived = new TreeSet<>();
            for (Method m : type.getDeclaredMethods()) {
                JsonProperty named = m.getAnnotation(JsonProperty.class);
                if (named != null) {
                    derived.add(named.value().isEmpty() ? m.getName() : named.value());
                }
            }
            derived.removeAll(order);
            order.addAll(derived);
            return order.toArray(String[]::new);
        }
    }
}
