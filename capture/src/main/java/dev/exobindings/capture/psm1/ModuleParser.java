package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses the module text {@code GET …/EXOModuleFile} returns, without PowerShell:
 * <pre>{@code
 * ModuleText module = ModuleParser.parse(new SourceText("ExchangeOnline.psm1", text));
 * }</pre>
 * Top-level statements are read one at a time: {@code function} definitions (a function preceded by a
 * {@code # .ExternalHelp} comment is a proxy and is read in full; any other is a helper and only its name is kept),
 * assignments (constant values are kept, other right-hand sides are skipped as expressions),
 * {@code Export-ModuleMember}, and any other statement, which is skipped to its end. Whatever the proxies and
 * constants need and the parser does not understand is a {@link ModuleParseException} with line and column.
 */
public final class ModuleParser {
    /** Largest text accepted: a real module is about 2 MB. */
    public static final int DEFAULT_MAX_CHARS = 32 * 1024 * 1024;

    private final SourceText source;
    private final TokenStream ts;
    private final LiteralParser literals;
    private final ConstantsReader constants;
    private final List<ProxyFunction> proxies = new ArrayList<>();
    private final List<String> helpers = new ArrayList<>();
    private final List<String> exported = new ArrayList<>();
    private final Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    private ModuleParser(SourceText source) {
        this.source = source;
        this.ts = new TokenStream(source);
        this.literals = new LiteralParser(ts);
        this.constants = new ConstantsReader(source);
    }

    /** Parses a text of at most {@link #DEFAULT_MAX_CHARS} characters. */
    public static ModuleText parse(SourceText source) {
        return parse(source, DEFAULT_MAX_CHARS);
    }

    /** Parses a text of at most {@code maxChars} characters. */
    public static ModuleText parse(SourceText source, int maxChars) {
        if (source.text().length() > maxChars) {
            throw new ModuleParseException(source, 1, 1, "the text has " + source.text().length()
                    + " characters, more than the " + maxChars + " accepted (a generated module has about 2 million)",
                    "check that this is the EXOModuleFile module text");
        }
        return new ModuleParser(source).module();
    }

    /**
     * Tokenizes the whole text without parsing it and returns the number of tokens: the lexing share of
     * {@link #parse(SourceText)}, the baseline of the parse benchmark.
     */
    public static int countTokens(SourceText source) {
        TokenStream tokens = new TokenStream(source);
        int count = 0;
        while (!tokens.next().is(TokenKind.EOF)) {
            count++;
        }
        return count;
    }

    private ModuleText module() {
        String pendingHelp = null;
        while (true) {
            Token t = ts.peek();
            switch (t.kind()) {
                case EOF -> {
                    return finish();
                }
                case NEWLINE, SEMI -> ts.next();
                case HELP_COMMENT -> {
                    ts.next();
                    pendingHelp = t.text();
                }
                case WORD -> {
                    if (t.isWord("function") || t.isWord("filter")) {
                        ts.next();
                        function(t, pendingHelp);
                        pendingHelp = null;
                    } else if (t.isWord("Export-ModuleMember")) {
                        ts.next();
                        exportModuleMember();
                    } else {
                        skipStatement();
                    }
                }
                case VARIABLE -> assignmentOrStatement();
                default -> skipStatement();
            }
        }
    }

    private ModuleText finish() {
        Literal key = constants.get("PublicKey");
        String publicKey = null;
        if (key != null) {
            if (!(key instanceof Literal.Text text) || !text.value().contains("<RSAKeyValue>")) {
                throw source.error(key.offset(), "$PublicKey should be a quoted <RSAKeyValue>…</RSAKeyValue> string",
                        "download the module again");
            }
            publicKey = text.value().strip();
        }
        return new ModuleText(source.name(), proxies, helpers, constants.constants(), publicKey, exported);
    }

    private void function(Token keyword, String helpFile) {
        Token nameToken = ts.next();
        if (!nameToken.is(TokenKind.WORD)) {
            throw ts.unexpected(nameToken, "a function name");
        }
        String name = nameToken.text();
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(colon + 1);
        }
        if (!names.add(name)) {
            throw ts.error(nameToken.offset(), "function " + name + " is defined twice");
        }
        ts.skipNewlines();
        int outer = ts.depth();
        Token open = ts.expect(TokenKind.LBRACE, "'{' opening function " + name);
        if (helpFile == null) {
            helpers.add(name);
            ts.skipTo(outer);
            return;
        }
        if (name.indexOf('-') <= 0) {
            throw ts.error(nameToken.offset(), "proxy function '" + name + "' is not named Verb-Noun");
        }
        proxies.add(new ProxyParser(ts).read(name, helpFile, source.line(keyword.offset()), open, outer));
    }

    /** {@code $name = value}: kept when the value is a constant, else skipped as an expression. */
    private void assignmentOrStatement() {
        int statementStart = ts.mark();
        Token variable = ts.next();
        if (!ts.peek().is(TokenKind.EQUALS) || ts.depth() != 0) {
            skipRest();
            return;
        }
        ts.next();
        ts.skipLineBreaks();
        int valueStart = ts.mark();
        Literal value;
        try {
            value = literals.value(0);
        } catch (ModuleParseException notAConstant) {
            value = null;
        }
        if (value != null && atStatementEnd()) {
            constants.assign(variable.text(), value, variable.offset());
            return;
        }
        // Not a constant: go back and skip the whole statement with bracket tracking only. Errors of the text
        // itself (an unterminated string…) surface again while skipping.
        ts.rewindTopLevel(statementStart);
        ts.next();
        ts.next();
        constants.assign(variable.text(), new Literal.Expression(valueStart), variable.offset());
        skipRest();
    }

    private boolean atStatementEnd() {
        TokenKind k = ts.peek().kind();
        return k == TokenKind.NEWLINE || k == TokenKind.SEMI || k == TokenKind.EOF;
    }

    private void exportModuleMember() {
        while (!atStatementEnd()) {
            Token t = ts.next();
            if (t.is(TokenKind.WORD) && t.text().toLowerCase(Locale.ROOT).startsWith("-function")) {
                Literal value = literals.value(0);
                List<Literal> items = value instanceof Literal.Items list ? list.items() : List.of(value);
                for (Literal item : items) {
                    if (item instanceof Literal.Text text) {
                        exported.add(text.value());
                    } else if (item instanceof Literal.Word word) {
                        exported.add(word.value());
                    } else {
                        throw ts.error(item.offset(), "Export-ModuleMember -Function lists something that is not "
                                + "a name");
                    }
                }
            } else if (t.is(TokenKind.WORD) && t.text().startsWith("-")) {
                if (!atStatementEnd() && !ts.peek().is(TokenKind.WORD)) {
                    literals.value(0);
                }
            }
        }
    }

    private void skipStatement() {
        ts.next();
        skipRest();
    }

    /** Skips to the end of the current top-level statement: a line break or {@code ;} outside brackets. */
    private void skipRest() {
        int outer = ts.depth();
        while (true) {
            Token t = ts.peek();
            if (t.is(TokenKind.EOF)) {
                return;
            }
            if ((t.is(TokenKind.NEWLINE) || t.is(TokenKind.SEMI)) && ts.depth() <= outer) {
                return;
            }
            ts.next();
        }
    }
}
