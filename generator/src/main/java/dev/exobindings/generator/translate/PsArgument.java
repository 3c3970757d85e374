package dev.exobindings.generator.translate;

/**
 * One argument of a command: {@code -Name value}, {@code -Name:value}, a bare {@code -Switch}, or a positional value.
 *
 * @param name   the parameter name as written (without the dash), or {@code null} for a positional argument
 * @param value  the value, or {@code null} for a switch written without one
 * @param colon  written {@code -Name:value}
 * @param column 1-based column of the argument's first character
 */
public record PsArgument(String name, PsValue value, boolean colon, int column) {
    public boolean positional() {
        return name == null;
    }
}
