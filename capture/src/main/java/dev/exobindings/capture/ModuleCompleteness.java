package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.ProxyFunction;
import dev.exobindings.capture.psm1.SourceText;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a module text that parses but is not a whole generated module. The parser reads fragments on purpose
 * (tests, one proxy at a time), so a sign-in page or "hello world" in {@code fileContent} parses as a module without
 * cmdlets; saved, such a text is a snapshot of a tenant with no cmdlets, and generating from it deletes every file
 * generated before. A text cut in transit between two functions parses too, as a tenant with fewer cmdlets: the
 * {@code Export-ModuleMember} list that closes every generated module is what shows that its end is there.
 */
final class ModuleCompleteness {
    private ModuleCompleteness() {
    }

    /**
     * @throws CaptureException {@link Kind#NO_MODULE} when the text has no proxy function;
     *                          {@link Kind#UNPARSABLE_MODULE} when it ends without its export list, or that list
     *                          names functions the text does not define (a part of it is missing)
     */
    static void check(ModuleText module, SourceText source) {
        cmdlets(module, source);
        end(module, source);
        exportedDefined(module, source);
    }

    private static void cmdlets(ModuleText module, SourceText source) {
        if (module.proxies().isEmpty()) {
            throw new CaptureException(Kind.NO_MODULE, "The module text " + source.name() + " holds no cmdlet: not one"
                    + " function follows a '# .ExternalHelp' line, as each cmdlet's does in the generated module ("
                    + source.text().length() + " characters, starting " + start(source.text()) + "). It is not the"
                    + " module (a sign-in or error page?); nothing was written. Fix: check that the endpoint is the"
                    + " Exchange admin API of the right cloud and capture again; an account whose roles allow no"
                    + " cmdlet is refused by the service (HTTP 403), not given an empty module.");
        }
    }

    private static void end(ModuleText module, SourceText source) {
        if (!module.exportedFunctions().isEmpty()) {
            return;
        }
        List<ProxyFunction> proxies = module.proxies();
        ProxyFunction last = proxies.get(proxies.size() - 1);
        throw new CaptureException(Kind.UNPARSABLE_MODULE, "The module text is incomplete: " + source.error(
                source.text().length(), "the text ends after " + proxies.size() + " proxy function(s) (the last, "
                        + last.name() + ", at line " + last.line() + ") without the 'Export-ModuleMember -Function'"
                        + " list that closes every generated module: it was cut short",
                "nothing was written. Fix: download it again (capture again)").getMessage());
    }

    private static void exportedDefined(ModuleText module, SourceText source) {
        Set<String> defined = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        module.proxies().forEach(p -> defined.add(p.name()));
        defined.addAll(module.helperFunctions());
        // a wildcard entry exports whatever matches; only a plain name can be missing
        List<String> missing = module.exportedFunctions().stream()
                .filter(name -> name.indexOf('*') < 0 && name.indexOf('?') < 0 && !defined.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new CaptureException(Kind.UNPARSABLE_MODULE, "The module text is incomplete: " + source.name()
                    + ": its 'Export-ModuleMember -Function' list names " + missing.size() + " function(s) the text"
                    + " does not define (" + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", …" : "") + "): a part of it is missing; nothing was written. Fix:"
                    + " download it again (capture again).");
        }
    }

    /** The first characters of the text, on one line, for the message: enough to recognise a page. */
    private static String start(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 40) + "…" : line) + "'";
    }
}
