package org.welcomedesk.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.input.DateText;
import org.welcomedesk.platform.text.PlainText;
import org.welcomedesk.platform.text.TextField;

import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body and binds it onto records exactly as written, where JSON-B would guess:
 * a boolean is JSON {@code true} or {@code false}, a number a JSON number (whole where the
 * Java type is, and within its range), text a JSON string within its field's length and free
 * of control characters ({@link PlainText}), a code one of its enum's names, a list a JSON array
 * without nulls, an object a JSON object with no field the record does not have and no field
 * twice. Every fault is named by its path in the body ({@code members[1].person.givenNames});
 * all faults of a body are reported together.
 */
final class StrictJson {

    /** Deeper nesting than any request of the API has; a guard against stack exhaustion. */
    static final int MAX_DEPTH = 32;
    /** Longer number literals than any field needs; a guard against costly parsing. */
    static final int MAX_NUMBER_LITERAL = 40;
    /** Enough faults to correct a request; more would only make the answer large. */
    static final int MAX_FAULTS = 50;

    private static final TextField DEFAULT_TEXT =
            Defaults.class.getRecordComponents()[0].getAnnotation(TextField.class);
    private static final TextField FREE_TEXT = Defaults.class.getRecordComponents()[1].getAnnotation(TextField.class);

    /** Carries the default text limits as annotations. */
    private record Defaults(
            @TextField String shortText,

            @TextField(maxLength = PlainText.LONG, multiLine = true)
            String freeText) {}

    private final List<InvalidFields.FieldError> faults = new ArrayList<>();
    private int faultCount;

    private StrictJson() {}

    /**
     * Binds {@code body} onto {@code type}; {@code name} names the body in faults about it as
     * a whole and prefixes the paths of a top-level array ({@code needs[0].category}).
     */
    static <T> T bind(String body, Class<T> type, String name) {
        JsonValue tree = read(body, name.isEmpty() ? "body" : name);
        StrictJson binding = new StrictJson();
        Object value;
        if (tree.getValueType() == JsonValue.ValueType.NULL) {
            binding.fault(
                    name,
                    type.isArray() || Collection.class.isAssignableFrom(type)
                            ? "validation.list"
                            : "validation.object");
            value = null;
        } else {
            value = binding.value(tree, type, name, DEFAULT_TEXT);
        }
        if (!binding.faults.isEmpty()) {
            throw new InvalidFields(binding.faults);
        }
        return type.cast(value);
    }

    /** Reads {@code body} as a tree, refusing duplicate fields, deep nesting and huge numbers. */
    static JsonValue read(String body, String name) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation(name, "validation.bodyMissing");
        }
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            JsonValue value = tree(parser, parser.next(), "", 0);
            if (parser.hasNext()) {
                throw new RuleViolation(name, "validation.bodyMalformed");
            }
            return value;
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new RuleViolation(name, "validation.bodyMalformed");
        }
    }

    private static JsonValue tree(JsonParser parser, JsonParser.Event event, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new RuleViolation("body", "validation.bodyTooDeep", MAX_DEPTH);
        }
        return switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> seen = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String at = child(path, key);
                    PlainText.fault(key, PlainText.SHORT, false).ifPresent(fault -> {
                        throw new RuleViolation("body", "validation.unknownField");
                    });
                    if (!seen.add(key)) {
                        throw new RuleViolation(at, "validation.duplicateField");
                    }
                    object.add(key, tree(parser, parser.next(), at, depth + 1));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int i = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(tree(parser, next, index(path, i++), depth + 1));
                }
                yield array.build();
            }
            case VALUE_STRING -> Json.createValue(parser.getString());
            case VALUE_NUMBER -> {
                if (parser.getString().length() > MAX_NUMBER_LITERAL) {
                    throw new RuleViolation(path.isEmpty() ? "body" : path, "validation.range");
                }
                yield Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new RuleViolation("body", "validation.bodyMalformed");
        };
    }

    // ---- binding --------------------------------------------------------------------------

    /** {@code json} (never JSON null) as {@code type}; null after recording a fault. */
    private Object value(JsonValue json, Type type, String path, TextField text) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return text(json, path, text);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            return fault(path, "validation.boolean");
        }
        if (raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Short.class
                || raw == short.class) {
            return whole(json, raw, path);
        }
        if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
            if (!(json instanceof JsonNumber number)) {
                return fault(path, "validation.number");
            }
            if (raw == BigDecimal.class) {
                return number.bigDecimalValue();
            }
            double d = number.doubleValue();
            return Double.isFinite(d) ? d : fault(path, "validation.range");
        }
        if (raw.isEnum()) {
            return code(json, raw, path);
        }
        if (raw == LocalDate.class) {
            if (!(json instanceof JsonString s)) {
                return fault(path, "validation.isoDate");
            }
            try {
                return DateText.date(s.getString(), path);
            } catch (RuleViolation e) {
                return fault(path, e.messageKey());
            }
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return passThrough(json, raw, path);
        }
        if (raw.isArray() || raw == List.class || raw == Set.class || raw == Collection.class) {
            return list(json, type, raw, path, text);
        }
        if (raw.isRecord()) {
            return record(json, raw, path);
        }
        throw new IllegalStateException("no strict binding for " + type + " (" + path + ")");
    }

    private Object text(JsonValue json, String path, TextField text) {
        if (!(json instanceof JsonString s)) {
            return fault(path, "validation.text");
        }
        String value = s.getString();
        return PlainText.fault(value, text.maxLength(), text.multiLine())
                .map(key -> fault(path, key, text.maxLength()))
                .orElse(value);
    }

    private Object whole(JsonValue json, Class<?> raw, String path) {
        if (!(json instanceof JsonNumber number)) {
            return fault(path, "validation.wholeNumber");
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return fault(path, "validation.wholeNumber");
        }
        try {
            if (raw == Long.class || raw == long.class) {
                return value.longValueExact();
            }
            if (raw == Short.class || raw == short.class) {
                return value.shortValueExact();
            }
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return fault(path, "validation.range");
        }
    }

    private Object code(JsonValue json, Class<?> raw, String path) {
        Object[] constants = raw.getEnumConstants();
        if (json instanceof JsonString s) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(s.getString())) {
                    return constant;
                }
            }
        }
        return fault(
                path,
                "validation.code",
                Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }

    private Object passThrough(JsonValue json, Class<?> raw, String path) {
        if (raw == JsonObject.class && json.getValueType() != JsonValue.ValueType.OBJECT) {
            return fault(path, "validation.object");
        }
        if (raw == JsonArray.class && json.getValueType() != JsonValue.ValueType.ARRAY) {
            return fault(path, "validation.list");
        }
        checkTexts(json, path);
        return json;
    }

    /** Free-form JSON (a document passed on as it is): every string is at most free text. */
    private void checkTexts(JsonValue json, String path) {
        switch (json.getValueType()) {
            case STRING -> text(json, path, FREE_TEXT);
            case OBJECT -> json.asJsonObject().forEach((key, value) -> checkTexts(value, child(path, key)));
            case ARRAY -> {
                List<JsonValue> items = json.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    checkTexts(items.get(i), index(path, i));
                }
            }
            default -> {
                // numbers, booleans and null carry no text
            }
        }
    }

    private Object list(JsonValue json, Type type, Class<?> raw, String path, TextField text) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            return fault(path, "validation.list");
        }
        Type element = raw.isArray()
                ? raw.getComponentType()
                : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        List<JsonValue> items = json.asJsonArray();
        List<Object> values = new ArrayList<>(items.size());
        int before = faultCount;
        for (int i = 0; i < items.size(); i++) {
            JsonValue item = items.get(i);
            values.add(
                    item.getValueType() == JsonValue.ValueType.NULL
                            ? fault(index(path, i), "validation.nullElement")
                            : value(item, element, index(path, i), text));
        }
        if (faultCount > before) {
            return null;
        }
        if (raw.isArray()) {
            Object array = Array.newInstance(raw.getComponentType(), values.size());
            for (int i = 0; i < values.size(); i++) {
                Array.set(array, i, values.get(i));
            }
            return array;
        }
        return raw == Set.class ? new LinkedHashSet<>(values) : values;
    }

    private Object record(JsonValue json, Class<?> raw, String path) {
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            return fault(path.isEmpty() ? "body" : path, "validation.object");
        }
        JsonObject object = json.asJsonObject();
        RecordComponent[] components = raw.getRecordComponents();
        Set<String> names =
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        int before = faultCount;
        object.keySet().stream()
                .filter(key -> !names.contains(key))
                .sorted()
                .forEach(key -> fault(child(path, key), "validation.unknownField"));
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonValue given = object.get(component.getName());
            Class<?> type = component.getType();
            String at = child(path, component.getName());
            TextField text = component.getAnnotation(TextField.class);
            if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
                if (type.isPrimitive() && given != null) {
                    arguments[i] = fault(at, type == boolean.class ? "validation.boolean" : "validation.number");
                }
                arguments[i] = type.isPrimitive() ? absent(type) : null;
            } else {
                arguments[i] = value(given, component.getGenericType(), at, text == null ? DEFAULT_TEXT : text);
            }
        }
        if (faultCount > before) {
            return null;
        }
        return construct(raw, components, arguments, path);
    }

    private static Object construct(Class<?> raw, RecordComponent[] components, Object[] arguments, String path) {
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuleViolation violation && !path.isEmpty()) {
                throw new RuleViolation(child(path, violation.field()), violation.messageKey(), violation.arguments());
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + raw, e);
        }
    }

    private static Object absent(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0d;
        }
        if (primitive == short.class) {
            return (short) 0;
        }
        return 0;
    }

    private Object fault(String path, String key, Object... arguments) {
        faultCount++;
        if (faults.size() < MAX_FAULTS) {
            faults.add(new InvalidFields.FieldError(path.isEmpty() ? "body" : path, key, List.of(arguments)));
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no strict binding for " + type);
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
