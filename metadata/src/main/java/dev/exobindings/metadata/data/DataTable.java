package dev.exobindings.metadata.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A committed two-column data list ({@code key<TAB>value}, {@code #} comments) shipped in the metadata jar:
 * what the project knows beyond the snapshot is data, not code. Keys compare case-insensitively, as PowerShell
 * and Exchange names do.
 */
public final class DataTable {
    private final String resource;
    private final Map<String, Map.Entry<String, String>> rows;

    private DataTable(String resource, Map<String, Map.Entry<String, String>> rows) {
        this.resource = resource;
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** Reads {@code name} next to this class; a malformed line is a build defect and fails with its line number. */
    public static DataTable load(String name) {
        Map<String, Map.Entry<String, String>> rows = new LinkedHashMap<>();
        try (InputStream in = DataTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data list " + name + " is missing from the metadata jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": expected 'key<TAB>value'");
                }
                String key = line.substring(0, tab).trim();
                if (rows.put(key.toLowerCase(Locale.ROOT), Map.entry(key, line.substring(tab + 1).trim())) != null) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": '" + key + "' listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data list " + name, e);
        }
        return new DataTable(name, rows);
    }

    /** The value for {@code key} (case-insensitive). */
    public Optional<String> get(String key) {
        Map.Entry<String, String> row = key == null ? null : rows.get(key.toLowerCase(Locale.ROOT));
        return row == null ? Optional.empty() : Optional.of(row.getValue());
    }

    public boolean contains(String key) {
        return get(key).isPresent();
    }

    /** Keys as written in the list, in list order, with their values. */
    public Map<String, String> rows() {
        Map<String, String> out = new LinkedHashMap<>();
        rows.values().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public String toString() {
        return resource + " (" + rows.size() + " rows)";
    }
}
