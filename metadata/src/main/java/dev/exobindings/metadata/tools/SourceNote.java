package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an input's provenance (repository, commit, path in the repository, date) from the {@code SOURCE.md} kept
 * beside it, so the snapshot header names exactly the inputs it was built from rather than values written into
 * the code.
 *
 * @param source the input as the snapshot header records it
 * @param date   the input's date ({@code yyyy-MM-dd}): the "Commit date" row, else the date after the commit id
 */
record SourceNote(Source source, String date) {
    private static final Pattern REPOSITORY = Pattern.compile("https://github\\.com/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)");
    private static final Pattern COMMIT_ROW = Pattern.compile("(?m)^\\|\\s*Commit[^|]*\\|\\s*`([0-9a-f]{40})`([^|]*)\\|");
    private static final Pattern COMMIT_DATE_ROW = Pattern.compile("(?m)^\\|\\s*Commit date[^|]*\\|\\s*(\\d{4}-\\d{2}-\\d{2})");
    /** "Folder path in repo", "Paths in that repository", "Path": the backticked paths of the first such row. */
    private static final Pattern PATH_ROW = Pattern.compile("(?m)^\\|\\s*(?:Folder )?[Pp]aths?\\b[^|]*\\|([^|\\n]*)\\|");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * @param sourceMd   the {@code SOURCE.md} file
     * @param fileSuffix the path row may list several files: the one ending with this is the input (empty: the
     *                   first)
     * @param license    the input's SPDX licence id
     */
    static SourceNote read(Path sourceMd, SourceKind kind, String fileSuffix, String license) {
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
        String path = path(text, fileSuffix);
        if (path == null) {
            throw new IllegalStateException(sourceMd + ": no '| Folder path in repo | `…` |' or '| Paths … | `…` |'"
                    + " row naming the input" + (fileSuffix.isEmpty() ? "" : " (a path ending in " + fileSuffix + ")")
                    + ". Fix: restore SOURCE.md, which must name the input's path in its repository");
        }
        String date = date(text, commit.group(2));
        if (date == null) {
            throw new IllegalStateException(sourceMd + ": no '| Commit date … | yyyy-MM-dd… |' row and no date after"
                    + " the commit id. Fix: restore SOURCE.md, or give the capture date on the command line");
        }
        return new SourceNote(new Source(kind, repository.group(1), commit.group(1), path, license), date);
    }

    private static String path(String text, String fileSuffix) {
        Matcher row = PATH_ROW.matcher(text);
        if (!row.find()) {
            return null;
        }
        Matcher paths = BACKTICKED.matcher(row.group(1));
        while (paths.find()) {
            String path = paths.group(1).strip();
            if (fileSuffix.isEmpty() || path.endsWith(fileSuffix)) {
                return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            }
        }
        return null;
    }

    private static String date(String text, String afterCommit) {
        Matcher row = COMMIT_DATE_ROW.matcher(text);
        if (row.find()) {
            return row.group(1);
        }
        Matcher inline = DATE.matcher(afterCommit);
        return inline.find() ? inline.group() : null;
    }
}
