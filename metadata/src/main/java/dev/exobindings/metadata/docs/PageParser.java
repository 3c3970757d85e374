package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.io.ByteOrderMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one platyPS page into a {@link DocsPage}. Known quirks are tolerated; structural damage (no front matter,
 * no title, an unterminated code fence, a parameter section without a typed yaml block, names that are not
 * PowerShell identifiers) fails with a {@link DocsImportException}.
 */
final class PageParser {
    /** Verb-Noun; also what keeps a hostile title such as {@code ../../Evil} out of generated file names. */
    static final Pattern CMDLET_NAME = Pattern.compile("[A-Za-z]+-[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SET_HEADER = Pattern.compile("^###\\s+([A-Za-z][A-Za-z0-9_]*)\\s*(\\(Default\\))?\\s*$");
    /** Documentation links end up in generated Javadoc: plain https URLs only. */
    private static final Pattern URL = Pattern.compile("https://[^\\s\"'<>`]+");
    private static final Pattern INTERNAL = Pattern.compile(
            "parameter\\s+is\\s+reserved\\s+for\\s+internal\\s+Microsoft\\s+use", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPLICABLE_LINE = Pattern.compile("^>\\s*Applicable\\s*:.*");
    private static final Pattern DEPRECATED = Pattern.compile("\\bdeprecated\\b", Pattern.CASE_INSENSITIVE);
    /** The text says the parameter takes several values ("multiple values", "up to 20 values separated by commas"). */
    private static final Pattern MULTIPLE_VALUES = Pattern.compile(
            "\\b(?:specify|enter)\\s+multiple\\b|\\bmultiple\\s+values\\b|\\bseparated\\s+by\\s+commas\\b",
            Pattern.CASE_INSENSITIVE);
    /** The text says the value is an integer ("A valid value is an integer from 0 to 730"). */
    private static final Pattern INTEGER_VALUE = Pattern.compile("\\bvalid value is an integer\\b",
            Pattern.CASE_INSENSITIVE);

    private final String fileName;
    private final List<String> lines;
    private int index;

    private PageParser(String fileName, String markdown) {
        this.fileName = fileName;
        String text = ByteOrderMark.strip(markdown);
        this.lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    static DocsPage parse(String fileName, String markdown) {
        PageParser parser = new PageParser(fileName, markdown);
        FrontMatter front = parser.readFrontMatter();
        return parser.parse(front);
    }

    /**
     * Parses a page read from a folder: a page that is no cmdlet page (the module landing page {@code exchange.md}
     * or {@code ExchangePowerShell.md}) is skipped with a warning instead of failing the whole import.
     *
     * @param warnings receives the skip and any other page-level warning
     * @return the page, or {@code null} when it was skipped
     */
    static DocsPage parseOrSkip(String fileName, String markdown, List<DocsWarning> warnings) {
        PageParser parser = new PageParser(fileName, markdown);
        FrontMatter front = parser.readFrontMatter();
        String landing = parser.landingPageReason(front);
        if (landing != null) {
            warnings.add(new DocsWarning(fileName, 0, null, DocsWarning.Kind.PAGE_SKIPPED, landing));
            return null;
        }
        DocsPage page = parser.parse(front);
        if (front.applicable == null && !page.applicable().isEmpty()) {
            warnings.add(new DocsWarning(fileName, 1, null, DocsWarning.Kind.PAGE_APPLICABILITY_FROM_PARAMETERS,
                    "no 'applicable:' in the front matter; products " + page.applicable()
                            + " taken from the parameters' applicability"));
        }
        return page;
    }

    /**
     * Why the page is a module landing page rather than a cmdlet page, or {@code null}: its title is no cmdlet name
     * and it either declares a module ({@code Module Guid:}/{@code Module Name:} in the front matter) or has no
     * SYNTAX section. A page with a SYNTAX section and a bad title is still an error (a broken cmdlet page).
     */
    private String landingPageReason(FrontMatter front) {
        int saved = index;
        String title = null;
        for (int i = index; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# ")) {
                title = lines.get(i).substring(2).trim();
                break;
            }
        }
        index = saved;
        if (title == null || CMDLET_NAME.matcher(title).matches()) {
            return null;
        }
        boolean hasSyntax = lines.stream()
                .anyMatch(l -> l.startsWith("## ") && l.substring(3).trim().equalsIgnoreCase("SYNTAX"));
        if (front.declaresModule || !hasSyntax) {
            return "not a cmdlet page (title '" + printable(title) + "'"
                    + (front.declaresModule ? ", front matter declares a module" : ", no SYNTAX section") + ")";
        }
        return null;
    }

    private DocsPage parse(FrontMatter front) {
        String title = readTitle();
        List<SyntaxBlock> syntax = new ArrayList<>();
        List<DocsParameter> parameters = new ArrayList<>();
        while (index < lines.size()) {
            String line = lines.get(index);
            if (isFence(line)) {
                skipFence();
            } else if (line.startsWith("## ") && line.substring(3).trim().equalsIgnoreCase("SYNTAX")) {
                index++;
                readSyntax(syntax);
            } else if (line.startsWith("## ") && line.substring(3).trim().equalsIgnoreCase("PARAMETERS")) {
                index++;
                readParameters(parameters);
            } else {
                index++;
            }
        }
        requireTypes(parameters, syntax);
        List<String> applicable = front.applicable != null ? front.applicable : applicableFromParameters(parameters);
        return new DocsPage(fileName, title, front.onlineVersion, applicable, syntax, parameters);
    }

    /**
     * A page without {@code applicable:} in its front matter (older revisions have a few) applies to every product
     * one of its parameters names, in order of first mention.
     */
    private static List<String> applicableFromParameters(List<DocsParameter> parameters) {
        List<String> products = new ArrayList<>();
        for (DocsParameter parameter : parameters) {
            if (parameter.applicable() != null) {
                parameter.applicable().stream().filter(p -> !products.contains(p)).forEach(products::add);
            }
        }
        return products;
    }

    /** A blank or unreadable yaml {@code Type:} is tolerated only when the syntax types the parameter. */
    private void requireTypes(List<DocsParameter> parameters, List<SyntaxBlock> syntax) {
        for (DocsParameter parameter : parameters) {
            YamlBlock first = parameter.firstBlock();
            if (TypeNames.normalise(first.type()) != null) {
                continue;
            }
            boolean typedInSyntax = syntax.stream().flatMap(b -> b.entries().stream())
                    .anyMatch(e -> e.name().equalsIgnoreCase(parameter.name()) && TypeNames.normalise(e.rawType()) != null);
            if (!typedInSyntax) {
                throw error(first.line(), "parameter -" + parameter.name()
                                + " has an empty or unreadable 'Type:' and the syntax gives no type",
                        "write the parameter's type on the 'Type:' line, e.g. 'Type: String'");
            }
        }
    }

    /**
     * @param applicable     the {@code applicable:} tokens, or {@code null} when the key is absent
     * @param onlineVersion  the documentation URL, or {@code null}
     * @param declaresModule the front matter has {@code Module Guid:} or {@code Module Name:} (a landing page)
     */
    private record FrontMatter(List<String> applicable, String onlineVersion, boolean declaresModule) {
    }

    private FrontMatter readFrontMatter() {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw error(1, "the page does not start with a '---' front matter block",
                    "start the page with '---', the front matter keys (applicable, online version, title) and '---'");
        }
        List<String> applicable = null;
        String onlineVersion = null;
        boolean declaresModule = false;
        for (index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.strip().equals("---")) {
                index++;
                return new FrontMatter(applicable, onlineVersion, declaresModule);
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (key.equals("applicable")) {
                    applicable = Applicability.tokens(value);
                } else if (key.equals("module guid") || key.equals("module name")) {
                    declaresModule = true;
                } else if (key.equals("online version") && !value.isEmpty()) {
                    if (!URL.matcher(value).matches()) {
                        throw error(index + 1, "the 'online version' value '" + printable(value) + "' is not an https URL",
                                "write the page's https:// link or leave the value empty");
                    }
                    onlineVersion = value;
                }
            }
        }
        throw error(1, "the front matter opened on line 1 is never closed",
                "end the front matter with a line holding only '---'");
    }

    private String readTitle() {
        while (index < lines.size()) {
            String line = lines.get(index);
            if (isFence(line)) {
                skipFence();
                continue;
            }
            if (line.startsWith("# ")) {
                String title = line.substring(2).trim();
                if (!CMDLET_NAME.matcher(title).matches()) {
                    throw error(index + 1, "the title '" + printable(title) + "' is not a cmdlet name",
                            "write the title as Verb-Noun with letters and digits only, e.g. '# Get-Mailbox'");
                }
                index++;
                return title;
            }
            if (line.startsWith("## ")) {
                break;
            }
            index++;
        }
        throw error(index + 1, "the page has no '# Cmdlet-Name' title heading before its sections",
                "add a heading such as '# Get-Mailbox' after the front matter");
    }

    /** SYNTAX: {@code ### SetName [(Default)]} headers, each followed by one untagged code block. */
    private void readSyntax(List<SyntaxBlock> blocks) {
        String setName = null;
        boolean isDefault = false;
        while (index < lines.size() && !lines.get(index).startsWith("## ")) {
            String line = lines.get(index);
            Matcher header = SET_HEADER.matcher(line);
            if (isFence(line)) {
                int fenceLine = index + 1;
                List<String> body = readFenceBody();
                blocks.add(new SyntaxBlock(setName, isDefault, fenceLine, SyntaxParser.parse(String.join("\n", body))));
                setName = null;
                isDefault = false;
            } else if (header.matches()) {
                setName = header.group(1);
                isDefault = header.group(2) != null;
                index++;
            } else if (line.startsWith("### ")) {
                throw error(index + 1, "the parameter set header '" + printable(line) + "' is not a set name",
                        "write the header as '### SetName' or '### SetName (Default)' with letters, digits and '_' only");
            } else {
                index++;
            }
        }
    }

    /** PARAMETERS: {@code ### -Name} sections until the next {@code ## } heading. */
    private void readParameters(List<DocsParameter> parameters) {
        while (index < lines.size() && !lines.get(index).startsWith("## ")) {
            String line = lines.get(index);
            if (isFence(line)) {
                skipFence();
            } else if (line.startsWith("### -")) {
                parameters.add(readParameter(line.substring(5).trim()));
            } else {
                index++;
            }
        }
    }

    private DocsParameter readParameter(String name) {
        int headingLine = index + 1;
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw error(headingLine, "the parameter heading '### -" + printable(name) + "' is not a PowerShell identifier",
                    "write the heading as '### -Name' with letters, digits and '_' only");
        }
        index++;
        List<String> applicable = null;
        List<String> description = new ArrayList<>();
        List<YamlBlock> blocks = new ArrayList<>();
        while (index < lines.size() && !lines.get(index).startsWith("## ") && !lines.get(index).startsWith("### ")) {
            String line = lines.get(index);
            if (isFence(line)) {
                boolean yaml = line.strip().substring(3).trim().equalsIgnoreCase("yaml");
                int fenceLine = index + 1;
                List<String> body = readFenceBody();
                if (yaml) {
                    blocks.add(YamlBlockParser.parse(fileName, name, fenceLine, body));
                }
            } else {
                if (applicable == null && blocks.isEmpty() && APPLICABLE_LINE.matcher(line).matches()) {
                    applicable = Applicability.tokens(line);
                } else if (blocks.isEmpty()) {
                    description.add(line);
                }
                index++;
            }
        }
        if (blocks.isEmpty()) {
            throw error(headingLine, "parameter -" + name + " has no ```yaml block",
                    "add a ```yaml block with at least a 'Type:' line to the section");
        }
        List<String> fromBlocks = applicableFromBlocks(blocks);
        if (fromBlocks != null) {
            applicable = fromBlocks;
        }
        String text = String.join("\n", description);
        return new DocsParameter(name, headingLine, applicable, blocks, ProseValues.candidates(description, name),
                INTERNAL.matcher(text).find(), DEPRECATED.matcher(text).find(), MULTIPLE_VALUES.matcher(text).find(),
                INTEGER_VALUE.matcher(text).find());
    }

    /**
     * The older layout gives each yaml block its own {@code Applicable:} key; the parameter applies to every product
     * any block names (which block governs a product is decided per product when mapping). {@code null} when no
     * block has the key.
     */
    private static List<String> applicableFromBlocks(List<YamlBlock> blocks) {
        List<String> products = null;
        for (YamlBlock block : blocks) {
            if (block.applicable() != null) {
                if (products == null) {
                    products = new ArrayList<>();
                }
                for (String product : block.applicable()) {
                    if (!products.contains(product)) {
                        products.add(product);
                    }
                }
            }
        }
        return products;
    }

    private static boolean isFence(String line) {
        return line.stripLeading().startsWith("```");
    }

    private void skipFence() {
        readFenceBody();
    }

    /** Reads from an opening fence to its closing fence; index ends after the closing fence. */
    private List<String> readFenceBody() {
        int open = index;
        List<String> body = new ArrayList<>();
        for (index = open + 1; index < lines.size(); index++) {
            if (lines.get(index).strip().equals("```")) {
                index++;
                return body;
            }
            body.add(lines.get(index));
        }
        throw error(open + 1, "the code fence opened here is never closed",
                "add a line holding only ``` after the block");
    }

    private DocsImportException error(int line, String problem, String fix) {
        return new DocsImportException(fileName, line, problem, fix);
    }

    /** Keeps hostile text short and on one line in messages. */
    private static String printable(String text) {
        String t = text.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
