package dev.exobindings.runtime.host;

import java.net.URI;
import java.util.Locale;

/** Scheme + host + port of a URI, with the default port made explicit, so two spellings compare equal. */
final class Origins {

    private Origins() {
    }

    /** {@code scheme://host:port} in lower case, path and query dropped. */
    static URI of(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri));
    }

    /** The port, or the scheme's default (443 for https, 80 for http). */
    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
