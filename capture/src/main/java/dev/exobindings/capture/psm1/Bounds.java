package dev.exobindings.capture.psm1;

/**
 * The two arguments of {@code [ValidateLength(min,max)]}, {@code [ValidateRange(min,max)]} or
 * {@code [ValidateCount(min,max)]}, as written (a range may use names such as {@code Positive}).
 *
 * @param min first argument
 * @param max second argument, or {@code null} when the attribute has one argument
 */
public record Bounds(String min, String max) {
}
