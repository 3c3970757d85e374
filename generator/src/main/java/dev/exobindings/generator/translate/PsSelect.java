package dev.exobindings.generator.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipeline's last stage that only picks properties, {@code | Select-Object DisplayName,PrimarySmtpAddress} (also
 * {@code select}, {@code -Property}, quoted names): the one pipeline the bindings write as the call itself, with
 * {@code select(…)} on a typed request, so the service sends only those columns. Anything more ({@code *},
 * wildcards, calculated properties, {@code -First}, {@code -ExpandProperty}, another stage) is not this.
 *
 * @param pipeColumn 1-based column of the {@code |}
 * @param properties the property names as written, unquoted
 * @param columns    1-based column of each name
 */
public record PsSelect(int pipeColumn, List<String> properties, List<Integer> columns) {
    private static final String NAME = "(?:[A-Za-z_][A-Za-z0-9_]*|'[A-Za-z_][A-Za-z0-9_]*'|\"[A-Za-z_][A-Za-z0-9_]*\")";
    private static final Pattern STAGE = Pattern.compile("\\s*(?i:select-object|select)\\s+"
            + "(?:-(?i:p|pr|pro|prop|prope|proper|propert|property)(?::|\\s+))?"
            + "(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)\\s*(?:#.*)?");
    private static final Pattern ONE_NAME = Pattern.compile(NAME);

    public PsSelect {
        properties = List.copyOf(properties);
        columns = List.copyOf(columns);
    }

    /** The stage after the {@code |} at {@code pipe} in {@code line}, or null when it is anything else. */
    static PsSelect after(String line, int pipe) {
        Matcher stage = STAGE.matcher(line);
        if (!stage.region(pipe + 1, line.length()).matches()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Matcher name = ONE_NAME.matcher(line).region(stage.start(1), stage.end(1));
        while (name.find()) {
            names.add(name.group().replaceAll("^['\"]|['\"]$", ""));
            columns.add(name.start() + 1);
        }
        return new PsSelect(pipe + 1, names, columns);
    }
}
