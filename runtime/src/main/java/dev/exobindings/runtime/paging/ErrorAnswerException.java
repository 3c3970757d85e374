package dev.exobindings.runtime.paging;

import java.io.IOException;

/**
 * A 2xx page that carries the service's OData {@code error} object: the cmdlet failed although the status says
 * otherwise. Holds the error as a body {@code ErrorBodyParser} reads, so the caller reports it as the failure it is.
 */
public final class ErrorAnswerException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String body;

    ErrorAnswerException(String body) {
        super("the answer carries an OData error object");
        this.body = body;
    }

    /** {@code {"error":{…}}}, as an error response's body. */
    public String body() {
        return body;
    }
}
