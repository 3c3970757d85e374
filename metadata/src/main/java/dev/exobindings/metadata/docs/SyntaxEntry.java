package dev.exobindings.metadata.docs;

/**
 * One parameter as written in a SYNTAX block.
 *
 * @param name       the parameter name as written (case may differ from the heading)
 * @param rawType    the type written between {@code < >}, or {@code null} for the bare (switch) form
 * @param mandatory  written outside brackets ({@code -P <T>} or {@code [-P] <T>})
 * @param positional the name itself is bracketed ({@code [-P] <T>}, {@code [[-P] <T>]}, {@code [[-P <T>]]})
 */
public record SyntaxEntry(String name, String rawType, boolean mandatory, boolean positional) {
}
