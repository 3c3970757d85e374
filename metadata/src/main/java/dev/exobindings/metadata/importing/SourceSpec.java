package dev.exobindings.metadata.importing;

import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;

/**
 * The one-line form of a snapshot source for command lines and build files:
 * {@code kind:owner/repository:commit:path:license}, e.g.
 * {@code catalog:philband/go-exoscc:6f660c23bd294bfc932b65338421150fe49d9f92:spec/catalog/Purview-catalog.json:MIT}.
 */
public final class SourceSpec {
    /** The form, for error messages. */
    public static final String FORM = "kind:owner/repository:commit:path:license";

    private SourceSpec() {
    }

    /** Parses the one-line form; the snapshot validator checks each part's shape when the snapshot is built. */
    public static Source parse(String spec) {
        String[] parts = spec == null ? new String[0] : spec.strip().split(":", -1);
        if (parts.length != 5) {
            throw new ImportException("source", "'" + spec + "' does not have the form " + FORM,
                    "write five parts separated by ':', e.g. catalog:philband/go-exoscc:<40-hex commit>:"
                            + "spec/catalog/EXO-catalog.json:MIT");
        }
        SourceKind kind = SnapshotSpelling.parse(SourceKind.class, parts[0].strip()).orElseThrow(() ->
                new ImportException("source", "unknown source kind '" + parts[0] + "' in '" + spec + "'",
                        "start with one of: " + SnapshotSpelling.allSpellings(SourceKind.class)));
        return new Source(kind, parts[1].strip(), parts[2].strip(), parts[3].strip(), parts[4].strip());
    }

    /** The one-line form of {@code source}. */
    public static String format(Source source) {
        return SnapshotSpelling.spell(source.kind()) + ":" + source.repository() + ":" + source.commit() + ":"
                + source.path() + ":" + source.license();
    }
}
