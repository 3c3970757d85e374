package dev.exobindings.runtime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.failure.ServiceText;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps a row ({@code {"DisplayName":…}}) to a record or a POJO. A record component or bean property
 * {@code displayName} matches the row property {@code DisplayName}, case-insensitively. POJOs need a public
 * no-argument constructor and public setters {@code setX(…)} or public fields.
 *
 * @param <T> the target type
 */
public final class RowMapper<T> {
    private final Class<T> type;
    private final List<Slot> slots;
    private final Constructor<T> constructor;

    private record Slot(String javaName, String wireName, Type type, Method setter, Field field) {
    }

    private RowMapper(Class<T> type, List<Slot> slots, Constructor<T> constructor) {
        this.type = type;
        this.slots = slots;
        this.constructor = constructor;
    }

    /** The mapper for {@code type}; fails with a clear message when the type cannot be filled. */
    public static <T> RowMapper<T> of(Class<T> type) {
        List<Slot> slots = new ArrayList<>();
        try {
            if (type.isRecord()) {
                List<Class<?>> types = new ArrayList<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    slots.add(new Slot(c.getName(), wire(c.getName()), c.getGenericType(), null, null));
                    types.add(c.getType());
                }
                Constructor<T> ctor = type.getDeclaredConstructor(types.toArray(Class<?>[]::new));
                ctor.setAccessible(true);
                return checked(type, slots, ctor);
            }
            Constructor<T> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers())) {
                    String name = m.getName().substring(3);
                    slots.add(new Slot(name, wire(name), m.getGenericParameterTypes()[0], m, null));
                }
            }
            for (Field f : type.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    slots.add(new Slot(f.getName(), wire(f.getName()), f.getGenericType(), null, f));
                }
            }
            if (slots.isEmpty()) {
                throw new IllegalArgumentException(type.getName() + " has no record components, public setters "
                        + "or public fields to fill from a row");
            }
            slots.sort((a, b) -> a.javaName().compareToIgnoreCase(b.javaName()));
            return checked(type, slots, ctor);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a public no-argument constructor (or be a "
                    + "record) to be mapped from rows", e);
        }
    }

    private static <T> RowMapper<T> checked(Class<T> type, List<Slot> slots, Constructor<T> ctor) {
        for (Slot s : slots) {
            ValueConverter.checkSupported(s.type(), type.getSimpleName() + "." + s.javaName());
        }
        return new RowMapper<>(type, List.copyOf(slots), ctor);
    }

    /** The wire property names, in declaration order: what {@code $select} asks for. */
    public List<String> propertyNames() {
        return slots.stream().map(Slot::wireName).distinct().toList();
    }

    /**
     * Fills a {@code T} from {@code row}; properties missing in the row or JSON {@code null} become null / 0 / false /
     * empty: a primitive component ({@code int}, {@code long}, {@code double}, {@code boolean}) cannot tell an absent
     * value from 0 or false, its boxed type ({@code Integer}, …) reads it as null.
     */
    public T map(JsonNode row) {
        if (!row.isObject()) {
            throw new IllegalStateException("cannot create " + type.getName() + " from a row: the row is "
                    + ServiceText.of(row.toString(), 40) + ", not a JSON object");
        }
        Map<String, JsonNode> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            if (!e.getKey().contains("@")) {
                byName.put(e.getKey(), e.getValue());
            }
        }
        try {
            if (type.isRecord()) {
                Object[] args = new Object[slots.size()];
                for (int i = 0; i < args.length; i++) {
                    Slot s = slots.get(i);
                    args[i] = ValueConverter.convert(byName.get(s.wireName()), s.type(), where(s));
                }
                return constructor.newInstance(args);
            }
            T target = constructor.newInstance();
            for (Slot s : slots) {
                Object value = ValueConverter.convert(byName.get(s.wireName()), s.type(), where(s));
                if (s.setter() != null) {
                    s.setter().invoke(target, value);
                } else {
                    s.field().set(target, value);
                }
            }
            return target;
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("property ")) {
                throw e; // ValueConverter's, naming the component already
            }
            throw new IllegalStateException("cannot create " + type.getName() + " from a row: the values read for "
                    + slots.stream().map(Slot::javaName).toList() + " do not fit its components (" + e.getMessage()
                    + ")", e);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type.getName() + " from a row: " + e, e);
        }
    }

    private String where(Slot s) {
        return type.getSimpleName() + "." + s.javaName() + " (row property " + s.wireName() + ")";
    }

    private static String wire(String javaName) {
        return Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
    }
}
