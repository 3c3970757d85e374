package dev.exobindings.generator.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads hand-written body cases: {@code expr <java expression>} followed by {@code body <json>}. */
public final class BodyCases {
    private BodyCases() {
    }

    /**
     * One case.
     *
     * @param expression Java expression building a request
     * @param body       the exact JSON expected from {@code toJson()}
     */
    public record BodyCase(String expression, String body) {
        @Override
        public String toString() {
            return expression;
        }
    }

    public static List<BodyCase> read(String resource) {
        try (InputStream in = BodyCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<BodyCase> cases = new ArrayList<>();
            String expression = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("expr ")) {
                    expression = line.substring(5).strip();
                } else if (line.startsWith("body ")) {
                    cases.add(new BodyCase(expression, line.substring(5).strip()));
                    expression = null;
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
