package dev.exobindings.metadata.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the parameter entries of one SYNTAX code block. Tolerant by design: the docs contain unbalanced brackets,
 * missing {@code <}/{@code >}, stray {@code ]}/{@code >}/{@code Type>} tokens, a dash-less {@code [Name <T>]} and a
 * first token naming another cmdlet. Anything that is not a parameter entry is skipped.
 */
final class SyntaxParser {
    private static final Pattern CMDLET_NAME = Pattern.compile("[A-Za-z]+-[A-Za-z0-9]+");

    private final String text;
    private int pos;

    private SyntaxParser(String text) {
        this.text = text;
    }

    /** Parses a block's text; the first entry of each name (case-insensitive) wins. */
    static List<SyntaxEntry> parse(String blockText) {
        SyntaxParser parser = new SyntaxParser(blockText.replace('\n', ' ').replace('\t', ' '));
        parser.skipCmdletName();
        Map<String, SyntaxEntry> entries = new LinkedHashMap<>();
        SyntaxEntry entry;
        while ((entry = parser.next()) != null) {
            if (entry.name() != null) {
                entries.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), entry);
            }
        }
        return new ArrayList<>(entries.values());
    }

    /** The block starts with a cmdlet name, sometimes the wrong one; it is never a parameter. */
    private void skipCmdletName() {
        skipSpaces();
        int end = wordEnd(pos);
        if (CMDLET_NAME.matcher(text.substring(pos, end)).matches()) {
            pos = end;
        }
    }

    /** The next entry, an entry with a null name for a skipped token, or null at the end. */
    private SyntaxEntry next() {
        skipSpaces();
        if (pos >= text.length()) {
            return null;
        }
        if (text.startsWith("[<CommonParameters>]", pos)) {
            pos += "[<CommonParameters>]".length();
            return skipped();
        }
        int start = pos;
        int opens = 0;
        while (pos < text.length() && text.charAt(pos) == '[' && opens < 2) {
            opens++;
            pos++;
        }
        boolean dash = pos < text.length() && text.charAt(pos) == '-';
        if (dash) {
            pos++;
        }
        int nameEnd = identifierEnd(pos);
        if (nameEnd == pos || (!dash && opens == 0)) {
            pos = Math.max(wordEnd(start), start + 1);
            return skipped();
        }
        String name = text.substring(pos, nameEnd);
        pos = nameEnd;
        boolean nameClosed = pos < text.length() && text.charAt(pos) == ']' && opens > 0;
        if (nameClosed) {
            pos++;
        }
        String type = readType();
        if (!dash && type == null) {
            pos = Math.max(wordEnd(start), start + 1);
            return skipped();
        }
        int closesLeft = opens - (nameClosed ? 1 : 0);
        while (closesLeft > 0 && pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            closesLeft--;
        }
        boolean positional = type != null && (nameClosed || opens == 2);
        boolean mandatory = opens == 0 || (opens == 1 && nameClosed && type != null);
        return new SyntaxEntry(name, type, mandatory, positional);
    }

    /**
     * Reads {@code <Type>} after optional spaces, tolerating a missing {@code <} or {@code >}. A word without
     * {@code <} counts as a type only when it ends in {@code >} (e.g. {@code SmtpAddress>}), so the next
     * parameter is never swallowed.
     */
    private String readType() {
        int save = pos;
        skipSpaces();
        boolean open = pos < text.length() && text.charAt(pos) == '<';
        if (open) {
            pos++;
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '`' || c == ',') {
                pos++;
            } else if (c == ' ' && open && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))
                    && text.charAt(pos - 1) == ',') {
                pos++;
            } else if (c == '[' && text.startsWith("[]", pos)) {
                pos += 2;
            } else if (c == '[' && pos > start && text.charAt(pos - 1) != ' ' && hasGenericArity(start)) {
                int close = text.indexOf(']', pos);
                pos = close < 0 ? text.length() : close + 1;
            } else {
                break;
            }
        }
        String type = text.substring(start, pos).trim();
        boolean close = pos < text.length() && text.charAt(pos) == '>';
        if (close) {
            pos++;
        }
        if (type.isEmpty() || (!open && !close)) {
            pos = save;
            return null;
        }
        return type;
    }

    private boolean hasGenericArity(int start) {
        return text.substring(start, pos).matches(".*`\\d+");
    }

    private int identifierEnd(int from) {
        int i = from;
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
        }
        return i;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private static SyntaxEntry skipped() {
        return new SyntaxEntry(null, null, false, false);
    }
}
