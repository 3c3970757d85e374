package dev.exobindings.runtime.auth;

/**
 * What a token is asked for.
 *
 * @param scope        e.g. {@code https://outlook.office365.com/.default}
 * @param claims       a claims challenge from a 401, or {@code null}
 * @param forceRefresh bypass caches
 */
public record TokenRequest(String scope, String claims, boolean forceRefresh) {
}
