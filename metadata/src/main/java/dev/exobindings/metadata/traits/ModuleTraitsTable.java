package dev.exobindings.metadata.traits;

import dev.exobindings.metadata.io.ByteOrderMark;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a module-traits table: tab-separated, {@code #} comment lines, one header row
 * {@value #HEADER}, then one row per cmdlet. Empty {@code confirmImpact} = none declared; empty routing columns =
 * no routing hint; {@code httpTimeoutSeconds} is the module's per-cmdlet <em>server</em> timeout (its table), to which
 * the module's client adds a minute (so 3600 becomes 3660 in {@link CmdletTraits}); empty = the module default
 * ({@value CmdletTraits#DEFAULT_HTTP_TIMEOUT_SECONDS} s, already a client timeout).
 */
public final class ModuleTraitsTable {
    /** The header row, tab-separated. */
    public static final String HEADER = "cmdlet\tsupportsShouldProcess\tconfirmImpact\tbatchable\troutingParameter"
            + "\troutingRule\thttpTimeoutSeconds";
    /** Where the copy of the Exchange Online table bundled with this jar lives. */
    public static final String BUNDLED_EXCHANGE_ONLINE =
            "/dev/exobindings/metadata/traits/exchange-online.module-traits.tsv";

    private static final Pattern CMDLET = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String file;

    private ModuleTraitsTable(String file) {
        this.file = file;
    }

    /** The Exchange Online table bundled with this jar (facts of one generated 3.x module text; see NOTICE). */
    public static Map<String, CmdletTraits> bundledExchangeOnline() {
        try (InputStream in = ModuleTraitsTable.class.getResourceAsStream(BUNDLED_EXCHANGE_ONLINE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + BUNDLED_EXCHANGE_ONLINE);
            }
            return parse("exchange-online.module-traits.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table file. */
    public static Map<String, CmdletTraits> read(Path file) {
        try {
            return parse(String.valueOf(file.getFileName()), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read module traits " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a table's text.
     *
     * @return cmdlet name → traits, looked up case-insensitively, in name order
     * @throws ModuleTraitsException on the first malformed line
     */
    public static Map<String, CmdletTraits> parse(String fileName, String text) {
        return new ModuleTraitsTable(fileName).rows(text);
    }

    private Map<String, CmdletTraits> rows(String withMark) {
        String text = ByteOrderMark.strip(withMark);
        Map<String, CmdletTraits> traits = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> lines = text.lines().toList();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw error(number, "expected the header row", "start the table with: "
                            + HEADER.replace("\t", "<TAB>"));
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 7) {
                throw error(number, "expected 7 tab-separated columns but found " + cells.length,
                        "write one row per cmdlet with the columns of the header");
            }
            String name = cells[0].strip();
            if (!CMDLET.matcher(name).matches()) {
                throw error(number, "invalid cmdlet name '" + name + "'", "write Verb-Noun");
            }
            if (traits.put(name, row(number, cells)) != null) {
                throw error(number, "second row for " + name, "keep one row per cmdlet");
            }
        }
        if (!headerSeen) {
            throw error(lines.size(), "no header row", "start the table with: " + HEADER.replace("\t", "<TAB>"));
        }
        return Collections.unmodifiableMap(traits);
    }

    private CmdletTraits row(int line, String[] cells) {
        boolean shouldProcess = bool(line, cells[1], "supportsShouldProcess");
        ConfirmImpact impact = null;
        if (!cells[2].isBlank()) {
            impact = impact(line, cells[2].strip());
            if (!shouldProcess) {
                throw error(line, "confirmImpact " + cells[2].strip() + " without supportsShouldProcess",
                        "set supportsShouldProcess to true or leave confirmImpact empty");
            }
        }
        boolean batchable = bool(line, cells[3], "batchable");
        RoutingHint routing = routing(line, cells[4].strip(), cells[5].strip());
        int timeout = CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS;
        if (!cells[6].isBlank()) {
            try {
                timeout = Integer.parseInt(cells[6].strip());
            } catch (NumberFormatException e) {
                timeout = 0;
            }
            if (timeout < 1) {
                throw error(line, "httpTimeoutSeconds '" + cells[6].strip() + "' is not a positive whole number",
                        "write seconds, or leave the cell empty for the module default");
            }
            timeout = CmdletTraits.clientTimeoutForServerTimeout(timeout);
        }
        return new CmdletTraits(shouldProcess, impact, batchable, routing, timeout);
    }

    private RoutingHint routing(int line, String parameter, String rule) {
        if (parameter.isEmpty() && rule.isEmpty()) {
            return null;
        }
        if (parameter.isEmpty() || rule.isEmpty()) {
            throw error(line, "routingParameter and routingRule must be given together",
                    "fill both cells or leave both empty");
        }
        if (!IDENTIFIER.matcher(parameter).matches()) {
            throw error(line, "invalid routingParameter '" + parameter + "'", "write a parameter name");
        }
        RoutingKind kind = switch (rule) {
            case "mailbox-id" -> RoutingKind.MAILBOX_ID;
            case "folder-id" -> RoutingKind.FOLDER_ID;
            default -> throw error(line, "unknown routingRule '" + rule + "'", "write mailbox-id or folder-id");
        };
        return new RoutingHint(parameter, kind);
    }

    private ConfirmImpact impact(int line, String text) {
        for (ConfirmImpact impact : ConfirmImpact.values()) {
            if (impact.name().equalsIgnoreCase(text)) {
                return impact;
            }
        }
        throw error(line, "unknown confirmImpact '" + text + "'", "write None, Low, Medium or High");
    }

    private boolean bool(int line, String cell, String column) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(line, column + " '" + cell.strip() + "' is not true or false",
                    "write true or false");
        };
    }

    private ModuleTraitsException error(int line, String problem, String fix) {
        return new ModuleTraitsException(file, line, problem, fix);
    }
}
