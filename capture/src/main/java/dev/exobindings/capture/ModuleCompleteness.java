package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.SourceText;

/**
 * Refuses a module text that parses but is not a whole generated module. The parser reads fragments on purpose
 * (tests, one proxy at a time), so a sign-in page or "hello world" in {@code fileContent} parses as a module without
 * cmdlets; saved, such a text is a snapshot of a tenant with no cmdlets, and generating from it deletes every file
 * generated before.
 */
final class ModuleCompleteness {
    private ModuleCompleteness() {
    }

    /**
     * @throws CaptureException {@link Kind#NO_MODULE} when the text has no proxy function
     */
    static void check(ModuleText module, SourceText source) {
        if (module.proxies().isEmpty()) {
            throw new CaptureException(Kind.NO_MODULE, "The module text " + source.name() + " holds no cmdlet: not one"
                    + " function follows a '# .ExternalHelp' line, as each cmdlet's does in the generated module ("
                    + source.text().length() + " characters, starting " + start(source.text()) + "). It is not the"
                    + " module (a sign-in or error page?); nothing was written. Fix: check that the endpoint is the"
                    + " Exchange admin API of the right cloud and capture again; an account whose roles allow no"
                    + " cmdlet is refused by the service (HTTP 403), not given an empty module.");
        }
    }

    /** The first characters of the text, on one line, for the message: enough to recognise a page. */
    private static String start(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 40) + "…" : line) + "'";
    }
}
