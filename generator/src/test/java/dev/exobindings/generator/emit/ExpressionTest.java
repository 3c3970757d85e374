package dev.exobindings.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Expression} hands JavaPoet plain text instead of format parts; the source must be the same to the byte as
 * the {@code $S}/{@code $N}/{@code addStatement} form it replaces, for every name, including names that need escapes.
 */
class ExpressionTest {
    private static final List<String> NAMES = List.of("Identity", "Name-With-Dash", "it's", "say \"hi\"",
            "back\\slash", "tab\there", "line\nbreak", "caf\u00e9", "\u202eRLO", "");

    @Test
    void aSetterBodyIsTheSameSourceAsTheFormatItReplaces() {
        for (String name : NAMES) {
            MethodSpec before = MethodSpec.methodBuilder("m").addStatement("return $L",
                    CodeBlock.of("set($S, $L)", name, CodeBlock.of("$N", "value"))).build();
            MethodSpec after = MethodSpec.methodBuilder("m")
                    .addCode(Expression.text("value").passedTo("set", name).returned()).build();
            assertEquals(before.toString(), after.toString(), "name " + name);
        }
    }

    @Test
    void aClearBodyIsTheSameSourceAsTheFormatItReplaces() {
        for (String name : NAMES) {
            MethodSpec before = MethodSpec.methodBuilder("m").addStatement("return clear($S)", name).build();
            MethodSpec after = MethodSpec.methodBuilder("m").addCode(Expression.call("clear", name).returned()).build();
            assertEquals(before.toString(), after.toString(), "name " + name);
        }
    }

    @Test
    void anExpressionThatNamesATypeStaysACodeBlock() {
        CodeBlock typed = CodeBlock.of("$T.TRUE", Boolean.class);
        MethodSpec before = MethodSpec.methodBuilder("m")
                .addStatement("return $L", CodeBlock.of("set($S, $L)", "Force", typed)).build();
        Expression call = Expression.code(typed).passedTo("set", "Force");
        assertNull(call.text());
        assertEquals(before.toString(), MethodSpec.methodBuilder("m").addCode(call.returned()).build().toString());
    }

    @Test
    void onlyPrintableAsciiWithoutQuoteOrBackslashIsWrittenAsItIs() {
        assertEquals("\"Identity\"", Expression.plainLiteral("Identity"));
        assertEquals("\"it's\"", Expression.plainLiteral("it's"));
        for (String escaped : List.of("say \"hi\"", "back\\slash", "tab\there", "caf\u00e9", "\u007f")) {
            assertNull(Expression.plainLiteral(escaped), escaped);
        }
    }

    @Test
    void anExpressionIsEitherTextOrCode() {
        assertThrows(IllegalArgumentException.class, () -> new Expression(null, null));
        assertThrows(IllegalArgumentException.class, () -> new Expression("x", CodeBlock.of("x")));
    }
}
