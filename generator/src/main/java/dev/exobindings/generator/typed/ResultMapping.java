package dev.exobindings.generator.typed;

import dev.exobindings.metadata.csdl.CsdlSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSDL type a cmdlet returns: a row of the reviewed table {@code results/result-types.tsv} (with its reason),
 * else the noun rule — {@code Get-<Noun>} returns the non-abstract entity or complex type named {@code <Noun>}
 * (case ignored). Other verbs are mapped only by the table.
 */
public final class ResultMapping {
    static final String TABLE = "/dev/exobindings/generator/results/result-types.tsv";
    /** Reason given for a mapping made by the noun rule. */
    public static final String NOUN_RULE = "noun rule: the CSDL type is named like the noun";

    private final Map<String, Row> table;

    /**
     * One mapping.
     *
     * @param cmdlet   cmdlet name
     * @param csdlType the CSDL type's simple name
     * @param reason   why (the table's reason, or {@link #NOUN_RULE})
     */
    public record Row(String cmdlet, String csdlType, String reason) {
    }

    private ResultMapping(Map<String, Row> table) {
        this.table = table;
    }

    /** The bundled, reviewed table. */
    public static ResultMapping bundled() {
        try (InputStream in = ResultMapping.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the generator jar");
            }
            return parse(TABLE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResultMapping parse(String source, InputStream in) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank()) {
                throw new IllegalStateException(source + ":" + n + ": expected cmdlet<TAB>CSDL type<TAB>reason");
            }
            if (rows.put(cols[0].toLowerCase(Locale.ROOT), new Row(cols[0], cols[1], cols[2])) != null) {
                throw new IllegalStateException(source + ":" + n + ": " + cols[0] + " is listed twice");
            }
        }
        return new ResultMapping(rows);
    }

    /** The table's rows, in file order. */
    public Iterable<Row> tableRows() {
        return table.values();
    }

    /** The mapping of a cmdlet, if any; a table row naming a type the CSDL lacks maps nothing. */
    public Optional<Row> resultOf(String cmdletName, CsdlSchema csdl) {
        Row row = table.get(cmdletName.toLowerCase(Locale.ROOT));
        if (row != null) {
            return concrete(csdl, row.csdlType()).map(t -> new Row(cmdletName, t.name(), row.reason()));
        }
        int dash = cmdletName.indexOf('-');
        if (dash < 0 || !cmdletName.substring(0, dash).equalsIgnoreCase("Get")) {
            return Optional.empty();
        }
        return concrete(csdl, cmdletName.substring(dash + 1)).map(t -> new Row(cmdletName, t.name(), NOUN_RULE));
    }

    private static Optional<CsdlSchema.StructuredType> concrete(CsdlSchema csdl, String name) {
        return csdl.types().stream().filter(t -> !t.isAbstract() && t.name().equalsIgnoreCase(name)).findFirst();
    }
}
