package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a proxy's {@code param( … )} block: per parameter its attributes, one type constraint and {@code ${Name}}.
 * An attribute the generated text does not use is an error, not skipped.
 */
final class ParamBlockParser {
    private static final Set<String> KNOWN_ATTRIBUTES = Set.of("parameter", "alias", "validateset",
            "validatenotnullorempty", "validatenotnull", "validatelength", "validaterange", "validatecount", "allownull",
            "allowemptystring", "allowemptycollection", "supportswildcards");

    private final TokenStream ts;
    private final LiteralParser literals;

    ParamBlockParser(TokenStream ts, LiteralParser literals) {
        this.ts = ts;
        this.literals = literals;
    }

    /** The parameters; {@code param} and {@code (} already read, reads through {@code )}. */
    List<ProxyParameter> parameters(String function) {
        List<ProxyParameter> parameters = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ts.skipLineBreaks();
        while (!ts.peek().is(TokenKind.RPAREN)) {
            int start = ts.peek().offset();
            ProxyParameter parameter = parameter(function);
            if (!seen.add(parameter.name())) {
                throw ts.error(start, function + " declares parameter " + parameter.name() + " twice");
            }
            parameters.add(parameter);
            ts.skipLineBreaks();
            Token sep = ts.peek();
            if (sep.is(TokenKind.COMMA)) {
                ts.next();
                ts.skipLineBreaks();
                if (ts.peek().is(TokenKind.RPAREN)) {
                    throw ts.unexpected(ts.peek(), "a parameter after ','");
                }
            } else if (!sep.is(TokenKind.RPAREN)) {
                throw ts.unexpected(sep, "',' or ')' after parameter " + parameter.name());
            }
        }
        ts.next();
        return parameters;
    }

    private ProxyParameter parameter(String function) {
        List<ParameterAttribute> sets = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> validateSet = new ArrayList<>();
        boolean notNullOrEmpty = false;
        boolean notNull = false;
        Bounds length = null;
        Bounds range = null;
        Bounds count = null;
        String type = null;
        int typeOffset = -1;
        while (ts.peek().is(TokenKind.LBRACKET)) {
            Token open = ts.next();
            Token name = ts.peek();
            if (!name.is(TokenKind.WORD)) {
                throw ts.unexpected(name, "an attribute or type name");
            }
            ts.next();
            if (!ts.peek().is(TokenKind.LPAREN)) {
                if (type != null) {
                    throw ts.error(open.offset(), "a second type constraint; the first is [" + type + "] at "
                            + ts.source().where(typeOffset));
                }
                type = literals.typeName(open, name.text());
                typeOffset = open.offset();
                ts.skipLineBreaks();
                continue;
            }
            if (!KNOWN_ATTRIBUTES.contains(name.text().toLowerCase(Locale.ROOT))) {
                throw ts.error(name.offset(), "attribute [" + name.text() + "(…)] is not understood");
            }
            Attribute a = Attribute.read(ts, literals, name);
            switch (a.name.toLowerCase(Locale.ROOT)) {
                case "parameter" -> sets.add(parameterAttribute(a));
                case "alias" -> {
                    a.onlyNamed();
                    aliases.addAll(a.positionalTexts());
                }
                case "validateset" -> {
                    a.onlyNamed("ignorecase");
                    validateSet.addAll(a.positionalTexts());
                }
                case "validatenotnullorempty" -> {
                    a.onlyNamed();
                    a.noPositional();
                    notNullOrEmpty = true;
                }
                case "validatenotnull" -> {
                    a.onlyNamed();
                    a.noPositional();
                    notNull = true;
                }
                case "validatelength" -> length = a.bounds();
                case "validaterange" -> range = a.bounds();
                case "validatecount" -> count = a.bounds();
                case "allownull", "allowemptystring", "allowemptycollection", "supportswildcards" -> {
                    a.onlyNamed();
                    a.noPositional();
                }
                default -> throw ts.error(a.offset, "attribute [" + a.name + "(…)] is not understood");
            }
            ts.skipLineBreaks();
        }
        Token variable = ts.next();
        if (!variable.is(TokenKind.VARIABLE) || variable.text().isBlank()) {
            throw ts.unexpected(variable, "an attribute, a type or the parameter variable ${Name} in " + function);
        }
        if (ts.peek().is(TokenKind.EQUALS)) {
            throw ts.error(ts.peek().offset(), "parameter " + variable.text() + " has a default value; generated "
                    + "proxies declare none");
        }
        return new ProxyParameter(variable.text(), sets, type, aliases, validateSet, notNullOrEmpty, notNull, length,
                range, count);
    }

    private ParameterAttribute parameterAttribute(Attribute a) {
        a.noPositional();
        a.onlyNamed("parametersetname", "mandatory", "position", "valuefrompipeline",
                "valuefrompipelinebypropertyname", "valuefromremainingarguments", "helpmessage",
                "helpmessagebasename", "helpmessageresourceid", "dontshow");
        return new ParameterAttribute(a.text("parametersetname"), a.bool("mandatory"), a.integer("position"),
                a.bool("valuefrompipeline"), a.bool("valuefrompipelinebypropertyname"));
    }
}
