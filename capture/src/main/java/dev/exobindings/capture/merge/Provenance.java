package dev.exobindings.capture.merge;

/**
 * Where one fact of the captured snapshot comes from.
 *
 * @param cmdlet    the cmdlet
 * @param parameter the parameter, or {@code null} for a cmdlet-level fact
 * @param fact      which fact ({@code sets}, {@code type}, {@code allowedValues}, {@code documentationUrl}…)
 * @param source    {@code capture} (the service's module text), {@code docs} (the reference pages) or
 *                  {@code docs-snapshot-catalog} (a type the module text leaves out, from the service catalog the
 *                  docs snapshot was built from)
 */
public record Provenance(String cmdlet, String parameter, String fact, String source) {

    /** One tab-separated line. */
    public String line() {
        return cmdlet + "\t" + (parameter == null ? "" : parameter) + "\t" + fact + "\t" + source;
    }
}
