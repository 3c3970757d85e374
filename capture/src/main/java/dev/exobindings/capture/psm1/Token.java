package dev.exobindings.capture.psm1;

/**
 * One token.
 *
 * @param kind   its kind
 * @param text   its text (see {@link TokenKind})
 * @param offset where it starts in the module text
 */
record Token(TokenKind kind, String text, int offset) {

    boolean is(TokenKind k) {
        return kind == k;
    }

    /** A word equal to {@code word}, ignoring case as PowerShell does. */
    boolean isWord(String word) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
    }

    /** How the token reads in a message. */
    String describe() {
        return switch (kind) {
            case WORD -> "'" + clip(text) + "'";
            case VARIABLE -> "$" + clip(text);
            case STRING -> "string '" + clip(text) + "'";
            case NEWLINE -> "end of line";
            case EOF -> "end of text";
            case HELP_COMMENT -> "'# .ExternalHelp' comment";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case LBRACE -> "'{'";
            case RBRACE -> "'}'";
            case LBRACKET -> "'['";
            case RBRACKET -> "']'";
            case AT_PAREN -> "'@('";
            case AT_BRACE -> "'@{'";
            case DOLLAR_PAREN -> "'$('";
            case COMMA -> "','";
            case SEMI -> "';'";
            case EQUALS -> "'='";
        };
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
