package dev.exobindings.capture.psm1;

/** The kinds of token the module-text lexer produces. */
enum TokenKind {
    /** A bare word: command, keyword, operator, number, member access ({@code ::Name}) or parameter name. */
    WORD,
    /** {@code $Name}, {@code $script:Name} or {@code ${Any name}}; the text is the name without {@code $} or braces. */
    VARIABLE,
    /** A quoted string or here-string; the text is its value (escapes applied, subexpressions left as written). */
    STRING,
    LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET,
    /** {@code @(} */
    AT_PAREN,
    /** {@code @{} */
    AT_BRACE,
    /** {@code $(} */
    DOLLAR_PAREN,
    COMMA, SEMI, EQUALS, NEWLINE,
    /** A {@code # .ExternalHelp …} comment line: marks the proxy function that follows; the text is the help file. */
    HELP_COMMENT,
    EOF
}
