package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an input's provenance (repository and commit) from the {@code SOURCE.md} kept beside it, so the snapshot
 * header always names exactly the inputs it was built from.
 */
final class SourceNote {
    private static final Pattern REPOSITORY = Pattern.compile("https://github\\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)");
    private static final Pattern COMMIT_ROW = Pattern.compile("(?m)^\\|\\s*Commit[^|]*\\|\\s*`([0-9a-f]{40})`");

    private SourceNote() {
    }

    /**
     * @param sourceMd the {@code SOURCE.md} file
     * @param path     the input's path inside its repository
     * @param license  the input's SPDX licence id
     */
    static Source read(Path sourceMd, SourceKind kind, String path, String license) {
        String text;
        try {
            text = Files.readString(sourceMd);
        } catch (IOException e) {
            throw new IllegalStateException(sourceMd + ": cannot read (" + e.getMessage()
                    + "). Fix: point the tool at the shared folder that holds SOURCE.md", e);
        }
        Matcher repository = REPOSITORY.matcher(text);
        Matcher commit = COMMIT_ROW.matcher(text);
        if (!repository.find() || !commit.find()) {
            throw new IllegalStateException(sourceMd + ": no GitHub repository URL or no '| Commit … | `<40 hex>`'"
                    + " row. Fix: restore SOURCE.md, which must name the input's repository and commit");
        }
        return new Source(kind, repository.group(1), commit.group(1), path, license);
    }
}
