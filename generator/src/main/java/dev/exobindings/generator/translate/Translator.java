package dev.exobindings.generator.translate;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.TypeRef;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PowerShell → Java: translates command lines with literal arguments into calls of the bindings generated from
 * the same snapshot, with the JSON body each sends.
 * <pre>{@code
 * Translator t = Translator.forSnapshot(BundledSnapshots.exchangeOnline(), "com.example.exo");
 * Translation r = t.translate("Set-Mailbox -Identity \"John Woods\" -DeliverToMailboxAndForward $true");
 * r.statement();  // exo.invoke(SetMailbox.identity("John Woods").deliverToMailboxAndForward(true));
 * r.body();       // {"CmdletInput":{"CmdletName":"Set-Mailbox","Parameters":{…}}}
 * r.problem();    // null, or the kind, column and reason
 * }</pre>
 * The Java side is rendered from the generator's own {@link ServiceModel} (entry methods, setter names, types),
 * never from rules of its own, so it follows the generated API. Nothing depends on a particular cmdlet.
 * Immutable and thread-safe.
 */
public final class Translator {
    /** {@code $null = <command>}: PowerShell's way to throw a command's output away. */
    private static final Pattern NULL_ASSIGNMENT = Pattern.compile("(?i)\\s*\\$null\\s*=(?!=)\\s*");
    private static final String DISCARDED = "the output is thrown away ($null = … or | Out-Null): exo.invoke(…)"
            + " returns it, ignore it";

    private static final String JAVA_NAMES = "a Java variable's name is the PowerShell name in lower camel case,"
            + " so that it is never the name of a class the code uses, with Result appended for a word Java reserves"
            + " and for exo, the client";

    private final ServiceModel model;
    private final Map<String, CmdletModel> cmdlets;
    private final ValueConverter converter;
    private final JavaRenderer java;
    private final SelectRenderer select;
    private final UnknownEnumValues unknownEnumValues;

    private Translator(ServiceModel model, ResultModels results) {
        this.model = model;
        this.select = new SelectRenderer(results);
        this.cmdlets = model.cmdlets().stream().collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT),
                Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, EnumModel> enums = model.enums().stream()
                .collect(Collectors.toMap(EnumModel::className, Function.identity()));
        this.converter = new ValueConverter(enums);
        this.unknownEnumValues = new UnknownEnumValues(enums);
        this.java = new JavaRenderer(model);
    }

    /** A translator for the bindings generated from {@code snapshot} into {@code packageName}. */
    public static Translator forSnapshot(Snapshot snapshot, String packageName) {
        return forSnapshot(snapshot, packageName, null);
    }

    /**
     * A translator for the bindings generated from {@code snapshot} into {@code packageName} with the result models
     * of {@code csdlFile} (a {@code $metadata} file, e.g. a capture's; null: the bundled Exchange Online one), as
     * {@link CodeGenerator.Builder#csdl(Path)} generates them: the CSDL also fills enum values and
     * decides what {@code | Select-Object} may name.
     *
     * @throws dev.exobindings.generator.GeneratorException for an invalid package, snapshot or CSDL
     */
    public static Translator forSnapshot(Snapshot snapshot, String packageName, Path csdlFile) {
        CodeGenerator generator = CodeGenerator.builder().snapshot(snapshot).targetPackage(packageName)
                .csdl(csdlFile).build();
        return new Translator(generator.model(), generator.resultModels());
    }

    /**
     * A translator for bindings generated from this model (see {@link CodeGenerator#model()}), without result
     * models: {@code | Select-Object} stays untranslated.
     */
    public static Translator of(ServiceModel model) {
        return new Translator(model, ResultModels.none(""));
    }

    /** A translator for bindings generated with these result models ({@link CodeGenerator#resultModels()}). */
    public static Translator of(ServiceModel model, ResultModels results) {
        return new Translator(model, results);
    }

    /** Translates one command line. Never throws for bad input: the problem is in the result. */
    public Translation translate(String line) {
        return translate(1, line);
    }

    /**
     * Translates every command of a script: one per line or per {@code ;}-separated statement, a line ending in
     * a backtick continues on the next; blank lines, {@code #} comments and {@code <# … #>} blocks are skipped, and
     * a here-string's lines stay with the command that opened it (see {@link ScriptCommands}). A statement
     * {@code $name = <literal>} is not a command: the commands after it use its value ({@link ScriptVariables}).
     */
    public List<Translation> translateScript(String script) {
        List<Translation> result = new ArrayList<>();
        ScriptVariables variables = new ScriptVariables();
        for (ScriptCommands.Command command : ScriptCommands.of(script)) {
            String text = command.text();
            for (int[] range : PsParser.statements(text)) {
                String statement = text.substring(range[0], range[1]);
                if (statement.isBlank()) {
                    continue;
                }
                PsParser.Assignment assignment = PsParser.assignment(statement, variables);
                if (assignment != null && assignment.value() != null) {
                    variables.assign(assignment.name(), assignment.value(), assignment.written(), command.line());
                    continue; // not a command: the commands that use the variable say where its value came from
                }
                Translation t = assignment == null ? translate(command.line(), statement, variables)
                        : commandResult(command.line(), statement, assignment, variables);
                result.add(shifted(t, range[0]));
                variables.forgetAssignedIn(statement);
                if (t.resultVariable() != null) {
                    variables.holdsResult(assignment.name(), command.line(), t.resultVariable());
                }
            }
        }
        return result;
    }

    /**
     * {@code $name = <command>}: the command's translation, its result kept in a Java variable of that name; for a
     * value that is neither a literal nor a command, the problem.
     */
    private Translation commandResult(int lineNumber, String statement, PsParser.Assignment assignment,
                                      ScriptVariables variables) {
        String value = statement.substring(assignment.valueOffset());
        if (value.isEmpty() || !Character.isLetter(value.charAt(0))) {
            return notALiteral(lineNumber, statement, assignment);
        }
        Translation command = translate(lineNumber, value, variables);
        if (!command.ok()) {
            return inStatement(command, statement, assignment.valueOffset(), null, null, false);
        }
        // exo.invoke(…) returns an InvokeResult whatever the cmdlet, exo.whatIf(…) a String
        String call = command.confirmation() == Translation.Confirmation.WHAT_IF ? "exo.whatIf" : "exo.invoke";
        ScriptVariables.JavaVariable target = variables.resultVariable(assignment.name(), call);
        String name = "$" + assignment.name();
        String note = !target.declares()
                ? name + " keeps the result in the Java variable " + target.name() + " again (" + call + " returns"
                        + " the same Java type)"
                : target.previous() != null
                ? name + " keeps the result in the new Java variable " + target.name() + " (" + target.previous()
                        + " holds what another call than " + call + " returned, of another Java type)"
                : name + " keeps the result in the Java variable " + target.name()
                        + (target.name().equals(assignment.name()) ? "" : " (" + JAVA_NAMES + ")");
        return inStatement(command, statement, assignment.valueOffset(),
                note + "; the commands that use it are written in Java", target.name(), !target.declares());
    }

    /**
     * The translation of the command inside a statement ({@code $null = <command>}, {@code $name = <command>}) at
     * {@code offset}, restated for the whole statement: its text, the problem's column counted in it, and, when the
     * command translated, one more note and the Java variable its result goes into (or null).
     */
    private static Translation inStatement(Translation command, String statement, int offset, String note,
                                           String resultVariable) {
        return inStatement(command, statement, offset, note, resultVariable, false);
    }

    private static Translation inStatement(Translation command, String statement, int offset, String note,
                                           String resultVariable, boolean assignsAgain) {
        Translation t = shifted(command, offset);
        if (!t.ok()) {
            return new Translation(t.line(), statement, t.cmdlet(), null, List.of(), null, List.of(), t.problem());
        }
        List<String> notes = new ArrayList<>(t.notes());
        notes.add(note);
        return new Translation(t.line(), statement, t.cmdlet(), t.expression(), t.imports(), t.body(), notes, null,
                t.confirmation(), resultVariable, assignsAgain);
    }

    /** {@code $name = <not a literal>}: the variable is unknown from here on, and the line says why. */
    private static Translation notALiteral(int lineNumber, String statement, PsParser.Assignment assignment) {
        Problem p = assignment.problem();
        return new Translation(lineNumber, statement, null, null, List.of(), null, List.of(),
                new Problem(p.kind(), p.column(), "$" + assignment.name() + " is not given a literal value ("
                        + p.message() + "), so the commands that use it are not translated; translate a command on"
                        + " its own and keep its result in a Java variable", p.parameter()));
    }

    /**
     * Where an unknown cmdlet name is known after all: "did you mean" the nearest names of this snapshot, else the
     * other bundled snapshot that has it (a Security &amp; Compliance cmdlet translated against Exchange Online).
     */
    private String elsewhere(String cmdletName) {
        List<String> nearest = NearestNames.to(cmdletName, cmdlets.values().stream().map(CmdletModel::name).toList());
        if (!nearest.isEmpty()) {
            return NearestNames.hint("", nearest);
        }
        for (String bundled : BundledSnapshots.names()) {
            if (!bundled.equals(model.snapshotName())
                    && BundledSnapshots.load(bundled).cmdlet(cmdletName).isPresent()) {
                return "; it is a cmdlet of the bundled snapshot " + bundled + ": translate against that one";
            }
        }
        // Write-Host, Import-Csv, Get-Date… are mixed with Exchange cmdlets in the scripts this reads; the docs'
        // examples also call Exchange Server cmdlets that the service does not have.
        return "; an Exchange Server cmdlet has no binding, and a PowerShell command such as Write-Host runs on the"
                + " client: write that step in Java";
    }

    /** A statement's problem column counted from the start of its whole line. */
    private static Translation shifted(Translation t, int offset) {
        if (t.ok() || offset == 0) {
            return t;
        }
        Problem p = t.problem();
        return new Translation(t.line(), t.source(), t.cmdlet(), null, List.of(), null, List.of(),
                new Problem(p.kind(), p.column() + offset, p.message(), p.parameter()));
    }

    private Translation translate(int lineNumber, String line) {
        return translate(lineNumber, line, null);
    }

    private Translation translate(int lineNumber, String line, ScriptVariables variables) {
        Matcher discard = NULL_ASSIGNMENT.matcher(line);
        if (discard.lookingAt()) {
            return inStatement(translate(lineNumber, line.substring(discard.end()), variables), line, discard.end(),
                    DISCARDED, null);
        }
        String cmdletName = null;
        if (variables != null) {
            variables.startStatement();
        }
        try {
            PsCommand command = PsParser.parse(line, variables);
            CmdletModel cmdlet = cmdlets.get(command.name().toLowerCase(Locale.ROOT));
            if (cmdlet == null) {
                Optional<String> clientSide = ClientSideCmdlets.reason(command.name());
                if (clientSide.isPresent()) {
                    throw new TranslationException(Problem.Kind.CLIENT_SIDE_CMDLET, line.indexOf(command.name()) + 1,
                            command.name() + " is not sent through InvokeCommand, so it has no binding: "
                                    + clientSide.get());
                }
                throw new TranslationException(Problem.Kind.UNKNOWN_CMDLET, line.indexOf(command.name()) + 1,
                        command.name() + " is not a cmdlet of snapshot " + model.snapshotName()
                                + elsewhere(command.name()));
            }
            cmdletName = cmdlet.name();
            ParameterBinder.Binding binding = ParameterBinder.bind(cmdlet, command);
            Map<ParameterModel, TypedValue> values = new LinkedHashMap<>();
            List<Map.Entry<String, TypedValue>> body = new ArrayList<>();
            List<String> notes = new ArrayList<>(binding.ignored());
            if (variables != null) {
                notes.addAll(variables.notes());
            }
            for (ParameterBinder.Bound b : binding.arguments()) {
                TypedValue v = value(b);
                values.put(b.parameter(), v);
                if (b.parameter().name().equals(cmdlet.descriptor().routingOptIn())) {
                    // the module's client-side switch: the runtime routes the call by it and never sends it
                    notes.add("-" + b.parameter().name() + " is client-side: it asks for parameter-based routing of"
                            + " this call and is not in the body");
                } else {
                    body.add(new AbstractMap.SimpleImmutableEntry<>(b.parameter().name(), v));
                }
                notes.addAll(notes(b, v));
            }
            JavaRenderer.Rendered rendered = java.render(cmdlet, binding, values);
            // the body in the order the printed calls set it, which is what the statement sends byte for byte
            List<String> callOrder = rendered.callOrder().stream().map(ParameterModel::name).toList();
            body.sort(Comparator.comparingInt(e -> callOrder.indexOf(e.getKey())));
            List<String> imports = new ArrayList<>(rendered.imports());
            String expression = rendered.expression();
            if (command.outputDiscarded()) {
                notes.add(DISCARDED);
            }
            if (command.select() != null) {
                SelectRenderer.Rendered selected = select.render(cmdlet, command.select());
                expression += selected.suffix();
                imports.add(selected.modelImport());
                notes.add(selected.note());
            }
            switch (binding.confirmation()) {
                case VALIDATE -> {
                    imports.add("dev.exobindings.runtime.ConfirmMode");
                    notes.add("-Confirm: this sends the validation call (\"Confirm\": true); to show the service's "
                            + "confirmation message and then run the cmdlet, as PowerShell does, call "
                            + "exo.invoke(request, ConfirmationHandler)");
                }
                case WHAT_IF -> notes.add("-WhatIf: exo.whatIf(request) returns what the service says would happen");
                case DEFAULT -> { }
            }
            return new Translation(lineNumber, line, cmdletName, expression,
                    imports.stream().sorted().toList(), BodyRenderer.render(cmdlet, body, binding.confirmation()),
                    notes, null, binding.confirmation());
        } catch (TranslationException e) {
            return new Translation(lineNumber, line, cmdletName, null, List.of(), null, List.of(), e.problem());
        }
    }

    private TypedValue value(ParameterBinder.Bound b) {
        ParameterModel p = b.parameter();
        if (p.type().kind() == TypeRef.Kind.SWITCH) {
            if (b.value() == null) {
                return new TypedValue.Bool(true);
            }
            if (b.value() instanceof PsValue.Bool v) {
                return new TypedValue.Bool(v.value());
            }
            throw new TranslationException(Problem.Kind.INVALID_VALUE, b.value().column(), "the switch -" + p.name()
                    + " takes only -" + p.name() + ":$true or -" + p.name() + ":$false");
        }
        return converter.convert(p, b.value());
    }

    /** A date written with its offset ({@code 2025-12-31T23:00:00+02:00}, {@code …Z}): no local time to read as UTC. */
    private static boolean writtenWithOffset(PsValue value) {
        PsValue single = value instanceof PsValue.Array a && a.items().size() == 1 ? a.items().get(0) : value;
        return single instanceof PsValue.Text t && LiteralFormats.hasOffset(t.value());
    }

    private List<String> notes(ParameterBinder.Bound b, TypedValue v) {
        List<String> notes = new ArrayList<>(unknownEnumValues.notes(b.parameter(), v));
        if (v instanceof TypedValue.DateTime && !writtenWithOffset(b.value())) {
            notes.add("-" + b.parameter().name() + ": a date without an offset is taken as UTC (the module converts "
                    + "from the machine's time zone)");
        }
        if (b.parameter().deprecated()) {
            notes.add("-" + b.parameter().name() + " is documented as deprecated");
        }
        return notes;
    }
}
