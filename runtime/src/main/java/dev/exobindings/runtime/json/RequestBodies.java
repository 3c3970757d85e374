package dev.exobindings.runtime.json;

import dev.exobindings.runtime.CmdletRequest;

/** Renders the InvokeCommand JSON body of a request. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** The body {@code {"CmdletInput":{"CmdletName":…,"Parameters":{…}}}} with secrets redacted. */
    public static String render(CmdletRequest request) {
        throw new UnsupportedOperationException("TODO(runtime): body encoding");
    }
}
