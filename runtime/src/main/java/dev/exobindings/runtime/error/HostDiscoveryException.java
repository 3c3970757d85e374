package dev.exobindings.runtime.error;

/**
 * Security &amp; Compliance host discovery failed; the message names the bootstrap URL tried, what came back and
 * the rules applied. The next call tries discovery again.
 */
public class HostDiscoveryException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public HostDiscoveryException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
