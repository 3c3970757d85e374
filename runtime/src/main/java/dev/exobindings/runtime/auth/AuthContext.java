package dev.exobindings.runtime.auth;

/**
 * What a {@link Credentials} needs to know about the client it signs in for.
 *
 * @param tenant    the tenant (initial domain or GUID)
 * @param authority the login authority base, e.g. {@code https://login.microsoftonline.com}
 * @param scope     the scope to request, e.g. {@code https://outlook.office365.com/.default}
 */
public record AuthContext(String tenant, String authority, String scope) {
}
