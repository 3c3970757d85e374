package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a top-level constant of the module text means, recognised by the shape of its value and, for plain numbers,
 * by the words of its variable name — never by one exact variable name, so the module may rename its variables
 * without the parser silently losing a fact. The words are those the format reference uses to describe each
 * constant (timeout, retry + interval, exponent base, page size, retry limit).
 */
enum ConstantKind {
    DEFAULT_TIMEOUT("the default HTTP timeout (a whole number whose name has the word 'timeout')", true),
    MAX_RETRIES("the number of retries (a whole number whose name has 'retry' or 'retries')", false),
    RETRY_INTERVAL("the first retry interval (a whole number whose name has 'retry' and 'interval')", false),
    RETRY_EXPONENT_BASE("the retry exponent base (a whole number whose name has 'exponent' or 'base')", false),
    PAGE_SIZE("the page size (a whole number whose name has 'page' and 'size')", false),
    SERVER_RETRY_LIMIT("the retry limit for server-side exceptions (a whole number whose name has 'limit' with "
            + "'retry', 'server' or 'exception')", false),
    RETRYABLE_STATUSES("the retryable HTTP statuses (an @( … ) of [System.Net.HttpStatusCode]::Name items)", false),
    RETRYABLE_EXCEPTIONS("the retryable exception names (an @( … ) of strings that all end in 'Exception')", false),
    CMDLET_TIMEOUTS("the per-cmdlet HTTP timeout table (@{ 'Verb-Noun' = seconds; … })", true),
    COMMON_PARAMETERS("the PowerShell common parameter names (an @( … ) of strings naming at least three of them)",
            false),
    FILTER_PARAMETERS("the filter parameters parsed for booleans (an @( … ) of strings that all end in 'Filter')",
            false);

    /** PowerShell's common parameters as the cmdlet reference pages list them. */
    static final Set<String> COMMON_PARAMETER_NAMES = Set.of("debug", "erroraction", "errorvariable",
            "informationaction", "informationvariable", "outvariable", "outbuffer", "pipelinevariable", "verbose",
            "warningaction", "warningvariable");

    private final String description;
    private final boolean required;

    ConstantKind(String description, boolean required) {
        this.description = description;
        this.required = required;
    }

    /** Meaning and expected shape, for messages. */
    String description() {
        return description;
    }

    /** Whether a module text with a constants region must carry it (the capture derives cmdlet traits from it). */
    boolean required() {
        return required;
    }

    /**
     * The meaning a whole number has by the words of its name ({@code FirstRetryIntervalMs} → first, retry,
     * interval, ms), or {@code null} when the name says none of them. More specific combinations are tried first:
     * a name with both 'retry' and 'interval' is the interval, not the retry count.
     */
    static ConstantKind ofNumberName(String variable) {
        List<String> words = words(variable);
        boolean retry = words.contains("retry") || words.contains("retries");
        if (words.contains("exponent") || words.contains("base")) {
            return RETRY_EXPONENT_BASE;
        }
        if (retry && words.contains("interval")) {
            return RETRY_INTERVAL;
        }
        if (words.contains("limit") && (retry || words.contains("server") || words.contains("exception"))) {
            return SERVER_RETRY_LIMIT;
        }
        if (words.contains("page") && words.contains("size")) {
            return PAGE_SIZE;
        }
        if (words.contains("timeout")) {
            return DEFAULT_TIMEOUT;
        }
        return retry ? MAX_RETRIES : null;
    }

    /** The lower-case words of a variable name split at case changes, digits, underscores and a scope prefix. */
    static List<String> words(String variable) {
        String name = variable.substring(variable.indexOf(':') + 1);
        return List.of(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[^A-Za-z]+", " ").strip().toLowerCase(Locale.ROOT).split(" +"));
    }
}
