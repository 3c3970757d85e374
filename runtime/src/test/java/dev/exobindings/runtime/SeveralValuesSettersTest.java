package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base-class binders the generated {@code x(T...)} and {@code x(List<T>)} setters call. */
class SeveralValuesSettersTest {

    /** What a generated builder with a several-values parameter looks like. */
    static final class Builder extends AbstractCmdletRequest<Builder> {
        Builder() {
            super(CmdletDescriptor.unknownTraits("Set-Thing", false));
        }

        @Override
        protected Builder self() {
            return this;
        }

        Builder names(String... names) {
            return setArray("Names", names);
        }

        Builder names(List<String> names) {
            return setList("Names", names);
        }
    }

    @Test
    void bothBindAnImmutableCopyInOrder() {
        String[] array = {"b", "a"};
        Builder fromArray = new Builder().names(array);
        array[0] = "changed";
        List<String> list = new ArrayList<>(List.of("b", "a"));
        Builder fromList = new Builder().names(list);
        list.clear();
        assertEquals(List.of("b", "a"), fromArray.parameters().get("Names"));
        assertEquals(List.of("b", "a"), fromList.parameters().get("Names"));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Thing\",\"Parameters\":{\"Names\":[\"b\",\"a\"]}}}",
                fromList.toJson());
        assertThrows(UnsupportedOperationException.class,
                () -> ((List<?>) fromList.parameters().get("Names")).add(null));
    }

    @Test
    void aNullListOrArrayIsRefusedNamingTheParameterAndTheClearMethod() {
        NullPointerException array = assertThrows(NullPointerException.class,
                () -> new Builder().names((String[]) null));
        NullPointerException list = assertThrows(NullPointerException.class,
                () -> new Builder().names((List<String>) null));
        for (NullPointerException e : List.of(array, list)) {
            assertEquals("-Names must not be null; to send $null (clear the value) call the builder's clear method "
                    + "for -Names, which every optional parameter has (a mandatory one cannot be cleared)",
                    e.getMessage());
        }
    }

    @Test
    void aNullValueInsideIsRefusedNamingTheParameter() {
        List<String> withNull = new ArrayList<>();
        withNull.add("a");
        withNull.add(null);
        assertEquals("-Names must not contain null values", assertThrows(NullPointerException.class,
                () -> new Builder().names("a", null)).getMessage());
        assertEquals("-Names must not contain null values", assertThrows(NullPointerException.class,
                () -> new Builder().names(withNull)).getMessage());
    }
}
