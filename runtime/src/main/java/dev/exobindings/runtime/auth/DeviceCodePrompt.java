package dev.exobindings.runtime.auth;

import java.time.Duration;

/**
 * What to show the user during a device-code sign-in: open {@code verificationUri} and enter {@code userCode}.
 *
 * @param userCode        the short code the user types
 * @param verificationUri the page where it is typed
 * @param expiresIn       how long the code stays valid
 * @param message         the identity platform's ready-made instruction text
 */
public record DeviceCodePrompt(String userCode, String verificationUri, Duration expiresIn, String message) {
}
