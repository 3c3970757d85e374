package dev.exobindings.runtime.failure;

import dev.exobindings.runtime.error.AuthenticationException;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.error.ParameterBindingException;
import dev.exobindings.runtime.error.PermissionDeniedException;
import dev.exobindings.runtime.error.ThrottledException;
import dev.exobindings.runtime.error.TransientServiceException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Chooses the exception subclass for a parsed error. */
public final class ExceptionFactory {
    private static final Set<String> BINDING_MARKERS = Set.of("parameterbinding", "parametertransformation",
            "validationmetadata", "argumentexception", "argumentvalidation", "cannot bind", "cannot validate",
            "a parameter cannot be found", "parameter set cannot be resolved", "cannot process argument");

    private ExceptionFactory() {
    }

    /** The exception for {@code info}. */
    public static ExchangeException create(ErrorInfo info, Throwable cause) {
        return create(info, cause, null);
    }

    /** The exception for {@code info}; a throttling failure carries {@code retryAfter} (may be null). */
    public static ExchangeException create(ErrorInfo info, Throwable cause, Duration retryAfter) {
        int status = info.httpStatus();
        String type = lower(info.exceptionType());
        String message = lower(info.message());
        if (status == 429 || TransientMarkers.isConcurrencyRejection(info)) {
            return new ThrottledException(info, cause, retryAfter);
        }
        if (status == 403 || message.contains("not allowed to call")) {
            return new PermissionDeniedException(info, cause);
        }
        if (status == 401) {
            return new AuthenticationException(info, cause);
        }
        if (status == 404 || type.contains("objectnotfound") || "notfound".equalsIgnoreCase(info.code())) {
            return new ObjectNotFoundException(info, cause);
        }
        if (status == 400 && isBinding(type, message)) {
            return new ParameterBindingException(info, cause);
        }
        if (status < 0 || status == 408 || status >= 500 || TransientMarkers.isTransientException(info)) {
            return new TransientServiceException(info, cause);
        }
        return new ExchangeException(info, cause);
    }

    private static boolean isBinding(String type, String message) {
        for (String marker : BINDING_MARKERS) {
            if (type.contains(marker) || message.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
