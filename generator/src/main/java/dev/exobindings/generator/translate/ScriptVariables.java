package dev.exobindings.generator.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a script has given a literal value, so that a later command can use them: after
 * {@code $user = "vasil@contoso.com"}, {@code Set-Mailbox -Identity $user} (or {@code "$user"}) translates with that
 * value, and a note names the line it came from. Only a whole top-level statement {@code $name = <literal>} assigns;
 * a name assigned in any other way from then on (inside a block or loop, {@code +=}, {@code -OutVariable},
 * {@code Set-Variable}…) is forgotten, so a value is never used where the script may have changed it. A single
 * line ({@link Translator#translate(String)}) has no variables.
 */
final class ScriptVariables {
    /** A variable as written, its name as group 1: {@code $x}, {@code ${x}}, {@code $script:x}. */
    private static final String VARIABLE = "\\$\\{?(?:script:|global:|local:|private:)?([A-Za-z_][A-Za-z0-9_]*)";
    /** One variable as an assignment's target (its groups are not read: {@link #NAME} reads the matched text). */
    private static final String TARGET = VARIABLE + "\\}?";
    /**
     * Assignments this class cannot follow: {@code $x = …}, {@code ${x} += …}, {@code $a, $b = …}, {@code $x++},
     * {@code foreach ($x in …)}. The names are then read from the matched text.
     */
    private static final Pattern ASSIGNED = Pattern.compile(TARGET + "(?:\\s*,\\s*" + TARGET
            + ")*\\s*(?:[-+*/%]?=(?!=)|\\+\\+|--)|(?i:foreach)\\s*\\(\\s*" + TARGET);
    private static final Pattern NAME = Pattern.compile(VARIABLE);
    /** Common parameters that store a command's output, errors… in the variable they name (without {@code $}). */
    private static final Pattern OUT_VARIABLE = Pattern.compile("(?i)-(?:OutVariable|ov|ErrorVariable|ev|"
            + "WarningVariable|wv|InformationVariable|iv|PipelineVariable|pv)(?:\\s+|\\s*:\\s*)\\+?([A-Za-z_]\\w*)");
    private static final Pattern VARIABLE_CMDLET = Pattern.compile("(?i)\\b(?:Set|New|Clear|Remove)-Variable\\b");

    private final Map<String, Known> known = new HashMap<>();
    /** Variables holding a command's result ({@code $mbx = Get-Mailbox …}): the Java variable it became, its line. */
    private final Map<String, String> results = new HashMap<>();
    private final Map<String, Known> used = new LinkedHashMap<>();
    /** The Java variable each PowerShell variable (by lower-case name) last kept a command's result in. */
    private final Map<String, JavaVariable> javaVariables = new HashMap<>();
    /** Every Java variable the script's statements declared: a new one never takes one of these names. */
    private final Set<String> declared = new HashSet<>();

    /**
     * The Java variable a command's result goes into.
     *
     * @param name     its name
     * @param type     what decides its Java type: the client call ({@code exo.invoke}, {@code exo.whatIf})
     * @param declares whether the statement declares it ({@code var name = …}) or assigns it again ({@code name = …})
     * @param previous the variable the PowerShell variable held a result in before, when this one is new, or null
     */
    record JavaVariable(String name, String type, boolean declares, String previous) {
    }

    /** One literal assignment: the value as parsed, the text it was written as, its line. */
    private record Known(String name, PsValue value, String written, int line) {
    }

    /**
     * The Java variable for {@code $name = <command>} whose result has the type named by {@code type}: the one
     * {@code $name} (in any letter case: PowerShell's names ignore it) held a result of the same type in, assigned
     * again; else a new one, {@link JavaVariables#of} with {@code 2}, {@code 3}… appended when a variable of the
     * script already has that name.
     */
    JavaVariable resultVariable(String name, String type) {
        String key = name.toLowerCase(Locale.ROOT);
        JavaVariable before = javaVariables.get(key);
        if (before != null && before.type().equals(type)) {
            return new JavaVariable(before.name(), type, false, null);
        }
        String base = before != null ? before.name() : JavaVariables.of(name);
        String javaName = base;
        for (int n = 2; declared.contains(javaName); n++) {
            javaName = base + n;
        }
        declared.add(javaName);
        JavaVariable variable = new JavaVariable(javaName, type, true, before == null ? null : before.name());
        javaVariables.put(key, variable);
        return variable;
    }

    /** Records {@code $name = value} at {@code line}; {@code written} is the value's text, for notes. */
    void assign(String name, PsValue value, String written, int line) {
        known.put(name.toLowerCase(Locale.ROOT), new Known(name, value, written, line));
    }

    /** Forgets {@code name}: it was assigned a value that is not a literal. */
    void forget(String name) {
        known.remove(name.toLowerCase(Locale.ROOT));
        results.remove(name.toLowerCase(Locale.ROOT));
    }

    /** Records that {@code $name} holds the result of the command at {@code line}, kept in {@code javaVariable}. */
    void holdsResult(String name, int line, String javaVariable) {
        forget(name);
        results.put(name.toLowerCase(Locale.ROOT), "line " + line + " (the Java variable " + javaVariable + ")");
    }

    /** Why {@code $name} has no literal value here, to follow "the variable $name" in a message. */
    String whyUnknown(String name) {
        String result = results.get(name.toLowerCase(Locale.ROOT));
        return result != null ? ", which holds the result of the command at " + result + ": write this command in"
                + " Java with the values it needs from that result"
                : ", which the script has not given a literal value before this line";
    }

    /** Forgets every variable {@code statement} may assign in a way a literal assignment does not cover. */
    void forgetAssignedIn(String statement) {
        if (VARIABLE_CMDLET.matcher(statement).find()) {
            known.clear();
            results.clear();
            return;
        }
        Matcher m = ASSIGNED.matcher(statement);
        while (m.find()) {
            Matcher name = NAME.matcher(m.group());
            while (name.find()) {
                forget(name.group(1));
            }
        }
        Matcher out = OUT_VARIABLE.matcher(statement);
        while (out.find()) {
            forget(out.group(1));
        }
    }

    /** Starts a statement: the notes name only the variables it uses. */
    void startStatement() {
        used.clear();
    }

    /** The value of {@code $name} with every column set to where the variable is written, or null if unknown. */
    PsValue use(String name, int column) {
        Known k = known.get(name.toLowerCase(Locale.ROOT));
        if (k == null) {
            return null;
        }
        used.put(k.name().toLowerCase(Locale.ROOT), k);
        return at(k.value(), column);
    }

    /** One note per variable the statement used: its value and the line that assigned it. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (Known k : used.values()) {
            // a note is one line: a here-string's text is described, not quoted
            String value = k.written().contains("\n") && k.value() instanceof PsValue.Text t
                    ? "a here-string of " + t.value().split("\n", -1).length + " line(s)" : k.written();
            notes.add("$" + k.name() + " is " + value + " (assigned at line " + k.line() + ")");
        }
        return notes;
    }

    /** The value as if written at {@code column}, so that a problem with it points at the variable. */
    private static PsValue at(PsValue v, int column) {
        if (v instanceof PsValue.Text t) {
            return new PsValue.Text(t.value(), true, column);
        }
        if (v instanceof PsValue.Number n) {
            return new PsValue.Number(n.value(), n.text(), column);
        }
        if (v instanceof PsValue.Bool b) {
            return new PsValue.Bool(b.value(), column);
        }
        if (v instanceof PsValue.ScriptBlock s) {
            return new PsValue.ScriptBlock(s.text(), column);
        }
        if (v instanceof PsValue.Array a) {
            return new PsValue.Array(a.items().stream().map(i -> at(i, column)).toList(), column);
        }
        if (v instanceof PsValue.Table t) {
            return new PsValue.Table(t.entries().stream()
                    .map(e -> new PsValue.Entry(e.key(), at(e.value(), column))).toList(), column);
        }
        return new PsValue.Null(column);
    }
}
