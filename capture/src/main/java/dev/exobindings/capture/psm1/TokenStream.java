package dev.exobindings.capture.psm1;

/** The lexer with one token of look-ahead and the error helpers every parser stage uses. */
final class TokenStream {
    private final Lexer lexer;
    private final SourceText source;
    private Token peeked;

    TokenStream(SourceText source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    SourceText source() {
        return source;
    }

    Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    /** Bracket depth after the tokens consumed so far. */
    int depth() {
        return peeked == null ? lexer.depth() : depthBefore(peeked);
    }

    private int depthBefore(Token t) {
        int d = lexer.depth();
        return switch (t.kind()) {
            case LPAREN, LBRACE, LBRACKET, AT_PAREN, AT_BRACE, DOLLAR_PAREN -> d - 1;
            case RPAREN, RBRACE, RBRACKET -> d + 1;
            default -> d;
        };
    }

    void skipNewlines() {
        while (peek().is(TokenKind.NEWLINE) || peek().is(TokenKind.SEMI)) {
            next();
        }
    }

    /** Skips line breaks only (inside brackets they mean nothing). */
    void skipLineBreaks() {
        while (peek().is(TokenKind.NEWLINE)) {
            next();
        }
    }

    Token expect(TokenKind kind, String what) {
        Token t = next();
        if (!t.is(kind)) {
            throw unexpected(t, what);
        }
        return t;
    }

    ModuleParseException unexpected(Token t, String expected) {
        return source.error(t.offset(), "expected " + expected + " but found " + t.describe(),
                "this is not the generated module text the parser knows; report the module version");
    }

    ModuleParseException error(int offset, String problem) {
        return source.error(offset, problem,
                "this is not the generated module text the parser knows; report the module version");
    }

    /** Consumes tokens until the brackets opened since {@code targetDepth} are closed again. */
    void skipTo(int targetDepth) {
        while (depth() > targetDepth) {
            next();
        }
    }

    /** Offset of the next token, to come back to with {@link #rewindTopLevel(int)}. */
    int mark() {
        return peek().offset();
    }

    /** Goes back to a {@link #mark()} taken at bracket depth 0 (top-level statements only). */
    void rewindTopLevel(int offset) {
        peeked = null;
        lexer.rewind(offset);
    }
}
