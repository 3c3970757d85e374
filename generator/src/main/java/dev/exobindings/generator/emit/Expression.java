package dev.exobindings.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.Objects;

/**
 * A Java expression of a generated method body: plain text when it names no type, else a JavaPoet code block.
 * <p>Why plain text: JavaPoet splits every part of a code block at line breaks with a regular expression, once while
 * it collects a file's imports and once while it writes the file. A cold generation spent about a third of its CPU
 * there (JFR, BENCHMARKS.md), most of it on the one-line bodies of the thousands of setters, each of which JavaPoet
 * saw as seven parts. Plain text reaches JavaPoet as one part; only type names ({@code $T}, which decide the
 * imports) have to stay code blocks. The emitted source is the same to the byte (the emitters' golden files).
 *
 * @param text the expression as Java source, or null when it is {@code code}
 * @param code the expression as a code block, or null when it is {@code text}
 */
record Expression(String text, CodeBlock code) {
    Expression {
        if ((text == null) == (code == null)) {
            throw new IllegalArgumentException("an expression is either text or a code block");
        }
    }

    /** Java source that names no type (a variable, a call on one). */
    static Expression text(String javaSource) {
        return new Expression(Objects.requireNonNull(javaSource, "javaSource"), null);
    }

    /** A code block, for expressions that name a type. */
    static Expression code(CodeBlock code) {
        return new Expression(null, Objects.requireNonNull(code, "code"));
    }

    /** This expression as a code block: one part when it is text. */
    CodeBlock block() {
        return text != null ? CodeBlock.of("$L", text) : code;
    }

    /**
     * {@code method("name", this)}, the body of every generated setter, with {@code name} as a string literal written
     * as JavaPoet's {@code $S} writes it.
     */
    Expression passedTo(String method, String name) {
        String literal = plainLiteral(name);
        return text != null && literal != null ? text(method + "(" + literal + ", " + text + ")")
                : code(CodeBlock.of("$L($S, $L)", method, name, block()));
    }

    /** {@code method("name")}, e.g. a {@code clearX()} body, with {@code name} written as {@code $S} writes it. */
    static Expression call(String method, String name) {
        String literal = plainLiteral(name);
        return literal != null ? text(method + "(" + literal + ")") : code(CodeBlock.of("$L($S)", method, name));
    }

    /** The statement {@code return this;}, as {@code MethodSpec.Builder.addStatement("return $L", …)} writes it. */
    CodeBlock returned() {
        return text != null ? CodeBlock.of("$L", "return " + text + ";\n")
                : CodeBlock.builder().addStatement("return $L", code).build();
    }

    /**
     * {@code value} as a string literal, when it is printable ASCII without quote or backslash (then {@code $S}
     * writes it as it is, between quotes); null when it needs escapes, which are left to {@code $S}.
     */
    static String plainLiteral(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return null;
            }
        }
        return "\"" + value + "\"";
    }
}
