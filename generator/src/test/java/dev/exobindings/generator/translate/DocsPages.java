package dev.exobindings.generator.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what the corpus test needs from the docs pages in {@code ../shared/exchange-ps-docs}: whether a page is
 * for Exchange Online, the command lines of its EXAMPLES section, and per documented parameter whether it applies
 * to Exchange Online.
 */
final class DocsPages {
    private static final String EXO = "Exchange Online";
    private static final Pattern PARAMETER = Pattern.compile("^### -(\\w+)\\s*$", Pattern.MULTILINE);

    /**
     * One Exchange Online page.
     *
     * @param cmdlet     the page's cmdlet (its file name)
     * @param examples   the example command lines calling that cmdlet (continuations joined), in page order
     * @param parameters documented parameter → whether it applies to Exchange Online (lower-case keys)
     */
    record Page(String cmdlet, List<String> examples, Map<String, Boolean> parameters) {
    }

    private DocsPages() {
    }

    static List<Page> exchangeOnlinePages(Path docs) {
        try (Stream<Path> files = Files.list(docs)) {
            List<Page> pages = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("SOURCE.md")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (appliesToExchangeOnline(frontMatterApplicable(text))) {
                    String cmdlet = name.substring(0, name.length() - 3);
                    pages.add(new Page(cmdlet, examples(text, cmdlet), parameters(text)));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String frontMatterApplicable(String text) {
        if (!text.startsWith("---")) {
            return "";
        }
        int end = text.indexOf("\n---", 3);
        for (String line : text.substring(0, Math.max(end, 0)).split("\n")) {
            if (line.startsWith("applicable:")) {
                return line.substring("applicable:".length());
            }
        }
        return "";
    }

    private static boolean appliesToExchangeOnline(String applicable) {
        return Arrays.stream(applicable.split(",")).map(String::trim).anyMatch(EXO::equals);
    }

    /** Lines of the EXAMPLES section's code blocks that call {@code cmdlet}. */
    static List<String> examples(String text, String cmdlet) {
        int start = text.indexOf("\n## EXAMPLES");
        if (start < 0) {
            return List.of();
        }
        int end = text.indexOf("\n## ", start + 5);
        String section = text.substring(start, end < 0 ? text.length() : end);
        List<String> lines = new ArrayList<>();
        boolean inCode = false;
        StringBuilder pending = null;
        for (String raw : section.split("\n")) {
            if (raw.strip().startsWith("```")) {
                inCode = !inCode;
                pending = null;
                continue;
            }
            if (!inCode) {
                continue;
            }
            String line = raw.strip();
            if (pending != null) {
                pending.append(' ').append(line);
            } else {
                pending = new StringBuilder(line);
            }
            if (pending.toString().endsWith("`")) {
                pending.setLength(pending.length() - 1);
                continue;
            }
            String command = pending.toString().strip();
            pending = null;
            String lower = command.toLowerCase(Locale.ROOT);
            String prefix = cmdlet.toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                    || Character.isWhitespace(lower.charAt(prefix.length())))) {
                lines.add(command);
            }
        }
        return lines;
    }

    private static Map<String, Boolean> parameters(String text) {
        Map<String, Boolean> parameters = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(text);
        List<int[]> heads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            heads.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : text.length();
            String body = text.substring(heads.get(i)[1], end);
            boolean exo = false;
            for (String line : body.split("\n")) {
                String l = line.strip();
                if (l.startsWith("> Applicable:") || l.startsWith("Applicable:")) {
                    exo |= appliesToExchangeOnline(l.substring(l.indexOf(':') + 1));
                }
            }
            parameters.merge(names.get(i).toLowerCase(Locale.ROOT), exo, Boolean::logicalOr);
        }
        return parameters;
    }
}
