package dev.exobindings.capture;

import dev.exobindings.simulator.protocol.ModuleTraits;
import dev.exobindings.metadata.SharedInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ../shared/exo-module-catalog/module-traits.tsv}: per-cmdlet traits of one real module text. Tests that use
 * it skip (through {@link SharedInputs}), saying why, when {@code ../shared} is not beside the checkout.
 */
final class ModuleTraitsTable {
    private final Map<String, Row> rows;

    /** One line of the table. */
    record Row(boolean shouldProcess, String confirmImpact, boolean batchable, String routingParameter,
               String routingRule, Integer timeout) {
        ModuleTraits moduleTraits() {
            return new ModuleTraits(confirmImpact, batchable, routingParameter, "folder-id".equals(routingRule),
                    timeout);
        }
    }

    private ModuleTraitsTable(Map<String, Row> rows) {
        this.rows = rows;
    }

    /** The table, or the test is skipped when {@code ../shared} is absent. */
    static ModuleTraitsTable loadOrSkip() {
        Path file = SharedInputs.require("exo-module-catalog/module-traits.tsv");
        try {
            Map<String, Row> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("cmdlet\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.put(f[0], new Row(Boolean.parseBoolean(f[1]), f[2].isEmpty() ? null : f[2],
                        Boolean.parseBoolean(f[3]), f[4].isEmpty() ? null : f[4], f[5].isEmpty() ? null : f[5],
                        f[6].isEmpty() ? null : Integer.valueOf(f[6])));
            }
            return new ModuleTraitsTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Row> row(String cmdlet) {
        return Optional.ofNullable(rows.get(cmdlet));
    }

    int size() {
        return rows.size();
    }
}
