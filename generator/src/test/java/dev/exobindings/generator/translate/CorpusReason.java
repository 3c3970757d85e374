package dev.exobindings.generator.translate;

import java.util.Map;

/**
 * Why a docs example line does not translate, compile or render its body, as listed in the expectations file.
 * The first group are lines that are not valid Exchange Online calls; the rest are valid lines the project fails.
 */
enum CorpusReason {
    /** The page documents the parameter, but not for Exchange Online (an on-premises parameter). */
    PARAMETER_NOT_IN_EXCHANGE_ONLINE(false),
    /** The page does not document the parameter at all (a typo or a renamed parameter in the example). */
    PARAMETER_NOT_DOCUMENTED(false),
    /** A mandatory parameter of every fitting parameter set is missing from the example. */
    MANDATORY_PARAMETER_MISSING(false),
    /** The example's parameters belong to no common parameter set. */
    PARAMETER_SETS_MIXED(false),
    /**
     * Not valid PowerShell for this cmdlet: syntax, a positional value no parameter takes, a parameter twice, a list
     * (unquoted commas) for a parameter that takes one value.
     */
    INVALID_SYNTAX(false),
    /**
     * A cmdlet of the ExchangeOnlineManagement module that runs on the client and that InvokeCommand cannot run
     * ({@code data/client-side-cmdlets.tsv}): no binding is generated, by design.
     */
    CLIENT_SIDE_CMDLET(false),
    /**
     * Documented for Exchange Online, but the service's own module catalog lists the cmdlet without the parameter,
     * and the bindings follow the service (the bundled snapshot's merge report lists it as only in the docs).
     */
    PARAMETER_NOT_IN_SERVICE_CATALOG(false),
    /** Documented for Exchange Online but missing from the snapshot (importer). */
    SNAPSHOT_LACKS_PARAMETER(true),
    /** The page's cmdlet is not in the snapshot. */
    UNKNOWN_CMDLET(true),
    /** Several parameter sets fit and the snapshot names no default among them. */
    AMBIGUOUS_PARAMETER_SET(true),
    /** The value does not convert to the parameter's type as the snapshot declares it. */
    VALUE_NOT_OF_TYPE(true),
    /** -WhatIf, -Confirm or another common parameter: client behaviour, not a request parameter. */
    NOT_A_REQUEST_PARAMETER(true),
    /** Valid, but the generated API cannot write it (issue #10 item 3, helper api). */
    API_GAP(true),
    /** Translated, but the Java does not compile against the generated bindings. */
    COMPILE_ERROR(true),
    /** Compiles, but the body differs from the one the PowerShell line implies. */
    BODY_MISMATCH(true);

    private final boolean validForExchangeOnline;

    CorpusReason(boolean validForExchangeOnline) {
        this.validForExchangeOnline = validForExchangeOnline;
    }

    boolean validForExchangeOnline() {
        return validForExchangeOnline;
    }

    /**
     * The class of a translator problem on a page; {@code parameters}: documented name → applies to EXO;
     * {@code cmdletInServiceCatalog}: the snapshot's cmdlet comes (also) from the service's module catalog.
     */
    static CorpusReason of(Problem problem, Map<String, Boolean> parameters, boolean cmdletInServiceCatalog) {
        return switch (problem.kind()) {
            case UNKNOWN_PARAMETER -> {
                Boolean exo = parameters.get(problem.parameter().toLowerCase(java.util.Locale.ROOT));
                yield exo == null ? PARAMETER_NOT_DOCUMENTED
                        : !exo ? PARAMETER_NOT_IN_EXCHANGE_ONLINE
                        : cmdletInServiceCatalog ? PARAMETER_NOT_IN_SERVICE_CATALOG : SNAPSHOT_LACKS_PARAMETER;
            }
            case MISSING_MANDATORY -> MANDATORY_PARAMETER_MISSING;
            case NO_COMMON_SET -> PARAMETER_SETS_MIXED;
            case SYNTAX, NO_POSITIONAL_PARAMETER, AMBIGUOUS_PARAMETER, SEVERAL_VALUES -> INVALID_SYNTAX;
            case UNKNOWN_CMDLET -> UNKNOWN_CMDLET;
            case CLIENT_SIDE_CMDLET -> CLIENT_SIDE_CMDLET;
            case AMBIGUOUS_SET -> AMBIGUOUS_PARAMETER_SET;
            case INVALID_VALUE -> VALUE_NOT_OF_TYPE;
            case COMMON_PARAMETER -> NOT_A_REQUEST_PARAMETER;
            case API_GAP -> API_GAP;
            case NOT_LITERAL -> throw new IllegalArgumentException("not a corpus line: " + problem);
        };
    }
}
