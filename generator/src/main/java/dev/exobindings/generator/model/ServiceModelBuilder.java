package dev.exobindings.generator.model;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.generator.naming.NamingStrategy;
import dev.exobindings.generator.naming.PowerShellNames;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the {@link ServiceModel} from the selected cmdlets: validates names, maps types, collects enums, analyses
 * parameter sets. Create one per run; not shared between threads.
 */
public final class ServiceModelBuilder {
    /** The catalog class's name, and the one used if a cmdlet class already takes it. */
    static final String CATALOG = "ExoCmdlets";
    static final String CATALOG_FALLBACK = "ExoCmdletCatalog";
    private static final Pattern SAFE_URL = Pattern.compile("https?://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]{1,500}");
    private static final int EXAMPLES_PER_WARNING = 5;

    private final NamingStrategy naming = new NamingStrategy();
    private final ParameterSetAnalyzer setAnalyzer = new ParameterSetAnalyzer(naming);

    /**
     * @param packageName  target package (already validated)
     * @param snapshotName the snapshot's name, for Javadoc
     * @param cmdlets      the selected cmdlets with their index in the snapshot (for error messages)
     */
    public ServiceModel build(String packageName, String snapshotName, Map<Integer, Cmdlet> cmdlets) {
        List<Map.Entry<Integer, Cmdlet>> sorted = new ArrayList<>(cmdlets.entrySet());
        sorted.forEach(e -> validate(e.getKey(), e.getValue()));
        sorted.forEach(e -> SnapshotText.check(e.getKey(), e.getValue()));
        sorted.forEach(e -> SizeLimits.checkCmdlet(e.getKey(), e.getValue()));
        sorted.sort(Comparator.comparing((Map.Entry<Integer, Cmdlet> e) -> e.getValue().name().toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.getValue().name()));
        checkDuplicates(sorted);
        checkClassNames(sorted);

        List<String> warnings = new ArrayList<>();
        Map<String, List<String>> unknownTypes = new TreeMap<>();
        EnumRegistry enums = new EnumRegistry(naming);
        Set<String> enumTypes = new java.util.HashSet<>();
        sorted.forEach(e -> e.getValue().parameters().stream().map(TypeMapper::enumTypeKey)
                .filter(java.util.Objects::nonNull).forEach(enumTypes::add));
        TypeMapper typeMapper = new TypeMapper(enumTypes);
        // lists, not maps keyed by Cmdlet or Parameter: hashing whole records (every field, deeply) is needless work
        List<Decided> decisions = new ArrayList<>();
        for (Map.Entry<Integer, Cmdlet> e : sorted) {
            Cmdlet cmdlet = e.getValue();
            String className = naming.cmdletClassName(cmdlet.name());
            List<Parameter> parameters = new ArrayList<>();
            List<TypeDecision> decided = new ArrayList<>();
            for (Parameter p : cmdlet.parameters()) {
                if (isShouldProcess(p)) {
                    continue;
                }
                TypeDecision d = typeMapper.decide(cmdlet.name(), p);
                parameters.add(p);
                decided.add(d);
                if (d.enumKey() != null) {
                    enums.register(d, className, cmdlet.name(), p.name(), p.allowedValues());
                }
                if (d.unknownType() != null) {
                    unknownTypes.computeIfAbsent(d.unknownType(), k -> new ArrayList<>())
                            .add(cmdlet.name() + " -" + p.name());
                }
            }
            decisions.add(new Decided(cmdlet, parameters, decided));
        }
        EnumRegistry.Result enumResult = enums.build();
        SizeLimits.checkEnums(enumResult.enums());
        warnings.addAll(enumResult.warnings());

        List<CmdletModel> models = new ArrayList<>();
        List<String> droppedSets = new ArrayList<>();
        for (Decided d : decisions) {
            models.add(cmdletModel(d, enumResult.classByKey(), warnings, droppedSets));
        }
        int fallbacks = 0;
        for (Map.Entry<String, List<String>> u : unknownTypes.entrySet()) {
            fallbacks += u.getValue().size();
            List<String> uses = u.getValue();
            warnings.add("Unknown Exchange type '" + u.getKey() + "' mapped to String on " + uses.size()
                    + " parameter(s): " + String.join(", ", uses.subList(0, Math.min(EXAMPLES_PER_WARNING, uses.size())))
                    + (uses.size() > EXAMPLES_PER_WARNING ? ", …" : ""));
        }
        boolean catalogTaken = models.stream().anyMatch(m -> m.className().equalsIgnoreCase(CATALOG));
        return new ServiceModel(packageName, packageName + ".enums", catalogTaken ? CATALOG_FALLBACK : CATALOG,
                snapshotName, models, enumResult.enums(), fallbacks, warnings, droppedSets);
    }

    /** A cmdlet's parameters (Confirm/WhatIf removed, snapshot order) and the type decided for each, index by index. */
    private record Decided(Cmdlet cmdlet, List<Parameter> parameters, List<TypeDecision> decisions) {
    }

    private CmdletModel cmdletModel(Decided decided, Map<String, String> enumClasses, List<String> warnings,
                                    List<String> droppedSets) {
        Cmdlet cmdlet = decided.cmdlet();
        String className = naming.cmdletClassName(cmdlet.name());
        List<Parameter> params = decided.parameters();
        List<String> methodNames = naming.uniquify(params.stream().map(p -> naming.parameterMethodName(p.name()))
                .toList(), false, "", Set.of());
        // clearX() lives beside the setters: it must not take a setter's name (a parameter named ClearX).
        List<String> clearNames = naming.uniquify(methodNames.stream().map(naming::clearMethodName).toList(), false,
                "", Set.copyOf(methodNames));
        List<ParameterModel> models = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            TypeDecision d = decided.decisions().get(i);
            TypeRef type = d.toTypeRef(d.enumKey() == null ? null : enumClasses.get(d.enumKey()));
            boolean flags = d.kind() == TypeRef.Kind.ENUM && !d.list() && FlagsEnums.isFlags(d.enumType());
            models.add(new ParameterModel(p.name(), methodNames.get(i), p.type() == null ? "" : p.type(), type,
                    d.unknownType() != null, p.aliases(), p.allowedValues(), p.internal(), p.deprecated(),
                    clearNames.get(i), flags));
        }
        // known traits decide (the snapshot keeps the cmdlet flag equal to them); otherwise the snapshot's flag, or a
        // Confirm/WhatIf parameter a hand-written snapshot may list
        boolean shouldProcess = cmdlet.traits() != null ? cmdlet.traits().supportsShouldProcess()
                : cmdlet.supportsShouldProcess() || cmdlet.parameters().stream()
                .anyMatch(ServiceModelBuilder::isShouldProcess);
        ParameterSetAnalyzer.Analysis analysis = setAnalyzer.analyse(cmdlet, className, params, models);
        warnings.addAll(analysis.warnings());
        analysis.dropped().forEach((set, reason) -> droppedSets.add(cmdlet.name() + " [" + set + "]: " + reason));
        String url = cmdlet.documentationUrl();
        if (url != null && !SAFE_URL.matcher(url).matches()) {
            warnings.add(cmdlet.name() + ": documentation URL is not a plain http(s) URL and was left out");
            url = null;
        }
        String verb = cmdlet.verb() != null ? cmdlet.verb() : cmdlet.name().substring(0, cmdlet.name().indexOf('-'));
        return new CmdletModel(cmdlet.name(), className, verb, url, shouldProcess, List.copyOf(models),
                analysis.sets(), analysis.sharedBaseName(), analysis.sharedSetters(),
                DescriptorModel.of(cmdlet, shouldProcess));
    }

    /** Confirm and WhatIf are the ShouldProcess flow, handled by the runtime's ConfirmMode, never setters. */
    private static boolean isShouldProcess(Parameter p) {
        return "Confirm".equalsIgnoreCase(p.name()) || "WhatIf".equalsIgnoreCase(p.name());
    }

    private static void validate(int index, Cmdlet cmdlet) {
        if (!PowerShellNames.isCmdletName(cmdlet.name())) {
            throw new GeneratorException("Snapshot cmdlets[" + index + "]: name '" + printable(cmdlet.name())
                    + "' is not a PowerShell Verb-Noun name (letters and digits, one hyphen). Fix the snapshot, or "
                    + "leave the cmdlet out with an exclude glob.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cmdlet.parameters().size(); i++) {
            Parameter p = cmdlet.parameters().get(i);
            if (!PowerShellNames.isParameterName(p.name())) {
                throw new GeneratorException("Snapshot cmdlets[" + index + "] (" + cmdlet.name() + ") parameters["
                        + i + "]: name '" + printable(p.name()) + "' is not a PowerShell parameter name (a letter, "
                        + "then letters, digits or _). Fix the snapshot, or exclude " + cmdlet.name() + ".");
            }
            Integer earlier = seen.putIfAbsent(p.name().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new GeneratorException("Snapshot cmdlets[" + index + "] (" + cmdlet.name() + "): parameter '"
                        + p.name() + "' appears twice (parameters[" + earlier + "] and parameters[" + i + "]); "
                        + "PowerShell names are case-insensitive. Remove one from the snapshot, or exclude "
                        + cmdlet.name() + ".");
            }
        }
    }

    private static void checkDuplicates(List<Map.Entry<Integer, Cmdlet>> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            Cmdlet a = sorted.get(i - 1).getValue();
            Cmdlet b = sorted.get(i).getValue();
            if (a.name().equalsIgnoreCase(b.name())) {
                throw new GeneratorException("Snapshot cmdlets[" + sorted.get(i - 1).getKey() + "] (" + a.name()
                        + ") and cmdlets[" + sorted.get(i).getKey() + "] (" + b.name() + ") are one cmdlet: PowerShell "
                        + "names are case-insensitive, and their class files would be one file on macOS and Windows. "
                        + "Nothing was generated: remove one from the snapshot.");
            }
        }
    }

    /**
     * Two cmdlets must not map to one class file: {@code Get-AB} and {@code GetA-B} are both {@code GetAB}, and
     * {@code Get-Mailbox} / {@code Get-MailBox} are one file on case-insensitive file systems (macOS, Windows).
     * Checked before anything is written, so a clash leaves no partial output.
     */
    private void checkClassNames(List<Map.Entry<Integer, Cmdlet>> sorted) {
        Map<String, Map.Entry<Integer, Cmdlet>> byClass = new HashMap<>();
        for (Map.Entry<Integer, Cmdlet> e : sorted) {
            String className = naming.cmdletClassName(e.getValue().name());
            Map.Entry<Integer, Cmdlet> other = byClass.putIfAbsent(className.toLowerCase(Locale.ROOT), e);
            if (other != null) {
                throw new GeneratorException("Snapshot cmdlets[" + other.getKey() + "] (" + other.getValue().name()
                        + ") and cmdlets[" + e.getKey() + "] (" + e.getValue().name() + ") both map to the class "
                        + className + (className.equals(naming.cmdletClassName(other.getValue().name())) ? ""
                        : " (file names that differ only in case are one file on macOS and Windows)")
                        + ". Nothing was generated: exclude one of them with an exclude glob, or fix the snapshot.");
            }
        }
    }

    /** A name from a hostile snapshot, made safe to print in a message. */
    private static String printable(String s) {
        if (s == null) {
            return "null";
        }
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
