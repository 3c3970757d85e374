package dev.exobindings.metadata.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Jackson's parse errors as a user reads them. */
public final class JsonErrors {
    /**
     * Jackson names a position inside its own message as {@code [Source: REDACTED (`StreamReadFeature…` disabled);
     * line: 1, column: 1]}: noise that names a feature flag, not the user's file.
     */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private JsonErrors() {
    }

    /** The parse error without Jackson's source descriptions; a position it names stays as "line L, column C". */
    public static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return SOURCE.matcher(message).replaceAll("line $1, column $2");
    }
}
