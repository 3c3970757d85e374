package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.MsalException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waits for MSAL and turns its failures into {@link AuthenticationFailedException}s with a useful, safe message. */
final class MsalFailures {
    private static final String REDACTED = "<redacted>";

    private MsalFailures() {
    }

    /**
     * Waits for {@code pending}.
     *
     * @param what    what was attempted, e.g. "App-only sign-in of app 1234 to tenant contoso.onmicrosoft.com"
     * @param check   what the user should verify when it fails
     * @param secrets values that must never reach the message (scrubbed should MSAL ever echo them)
     */
    static <T> T await(CompletableFuture<T> pending, String what, String check, List<String> secrets) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationFailedException(what + " was interrupted");
        } catch (ExecutionException | CompletionException | CancellationException e) {
            throw translate(e.getCause() == null ? e : e.getCause(), what, check, secrets);
        }
    }

    /** Builds the exception for one failure: what failed, MSAL's code and text, and what to check. */
    static AuthenticationFailedException translate(Throwable failure, String what, String check, List<String> secrets) {
        StringBuilder message = new StringBuilder(what).append(" failed");
        if (failure instanceof MsalException msal && msal.errorCode() != null) {
            message.append(" (").append(msal.errorCode()).append(')');
        }
        String detail = failure.getMessage();
        if (detail != null && !detail.isBlank()) {
            message.append(": ").append(scrub(detail.strip(), secrets));
        }
        message.append(". Check ").append(check).append('.');
        // The cause is dropped on purpose: its message and MSAL's nested causes are not under our control.
        return new AuthenticationFailedException(message.toString());
    }

    static String scrub(String text, List<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, REDACTED);
            }
        }
        return result;
    }
}
