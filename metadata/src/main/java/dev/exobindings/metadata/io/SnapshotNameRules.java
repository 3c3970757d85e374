package dev.exobindings.metadata.io;

import java.util.regex.Pattern;

/**
 * What a valid name or value looks like. A snapshot is untrusted input: its strings end up in generated Java
 * identifiers, Javadoc and file names, so anything that could escape those contexts ({@code ../}, quotes,
 * {@code *}{@code /}, spaces in names, control characters) is rejected here. Public so that a command line can
 * refuse the same values as usage errors before anything is read.
 */
public final class SnapshotNameRules {
    private SnapshotNameRules() {
    }

    /** {@code Verb-Noun}: letters and digits, exactly one hyphen, starting with a letter. */
    static final Pattern CMDLET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+");
    /** Letters and digits, starting with a letter (a verb or noun). */
    static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** PowerShell identifier: letters, digits and {@code _}, not starting with a digit. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // No repeated groups below: java.util.regex recurses once per repetition of a group, so a long hostile value
    // ("a/a/a/…", "a-a-a-…") would end in a StackOverflowError instead of a message. Lookaheads over ".*" and
    // single character classes are matched iteratively.

    /** Snapshot name: lower-case words joined by hyphens, at most 100 characters. */
    public static final Pattern SNAPSHOT_NAME = Pattern.compile("(?!-)(?!.*--)(?!.*-$)[a-z0-9-]{1,100}");
    /** A .NET type name as Exchange writes it, generics and arrays included. */
    static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+`\\[\\], <>]{0,199}");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    public static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*/[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    /** Relative path inside a repository: no leading slash, no {@code .} or {@code ..} segments, ≤ 1000 chars. */
    public static final Pattern REPOSITORY_PATH =
            Pattern.compile("(?!.*(^|/)\\.\\.?(/|$))(?!/)(?!.*//)(?!.*/$)[A-Za-z0-9_./-]{1,1000}");
    /** An SPDX licence id. */
    public static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");
    /** An https URL without spaces, quotes, backslashes, angle brackets or comment terminators. */
    static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(/[A-Za-z0-9._~%/?=&#+-]*)?");
    /** A closed-list value: printable, no quotes or backslashes, no surrounding blanks, at most 200 chars. */
    static final Pattern VALUE = Pattern.compile("(?!.*\\*/)[^\\s\"\\\\\\p{Cntrl}]([^\"\\\\\\p{Cntrl}]{0,198}[^\\s\"\\\\\\p{Cntrl}])?");
}
