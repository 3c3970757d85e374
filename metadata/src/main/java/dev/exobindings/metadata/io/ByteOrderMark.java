package dev.exobindings.metadata.io;

/**
 * The byte order mark at the start of a text that Windows tools (PowerShell's {@code Out-File}, Notepad, Excel, many
 * editors' "UTF-8 with BOM") write before the first line. It is not part of that line: a reader that keeps it sees
 * {@code \uFEFF---} instead of {@code ---}, or {@code \uFEFFCmdlet} instead of a table's first header.
 */
public final class ByteOrderMark {
    private ByteOrderMark() {
    }

    /** {@code text} without a leading U+FEFF. */
    public static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
