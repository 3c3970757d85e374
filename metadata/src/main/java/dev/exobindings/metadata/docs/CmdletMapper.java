package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps a parsed page to one product's {@link Cmdlet}. Rules (documented in the module README):
 * <ul>
 *   <li>Sets: one per SYNTAX block, named by its header; a lone block without header is
 *       {@link Cmdlet#ALL_PARAMETER_SETS}. Membership comes from the syntax; yaml set lists only pick the yaml
 *       block that governs a set.</li>
 *   <li>Non-switch mandatory/positional from the syntax brackets; switches (always bracketed) are mandatory in a set
 *       when the governing yaml block says {@code Required: True} and covers that set.</li>
 *   <li>Position: the yaml number when the syntax shows the parameter as positional, else its 0-based index among
 *       the positional entries of that block; {@code null} when the syntax shows it named.</li>
 *   <li>A documented parameter that no syntax block names joins the sets its yaml names, or every set when the
 *       yaml says (All) or names no syntax set.</li>
 *   <li>Confirm/WhatIf set supportsShouldProcess; other common parameters leaked into syntax are dropped.</li>
 * </ul>
 */
final class CmdletMapper {
    private static final Set<String> SHOULD_PROCESS = Set.of("confirm", "whatif");
    private static final Set<String> COMMON = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "progressaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable");

    private final DocsPage page;
    private final Product product;
    private final List<DocsWarning> warnings;
    /** One name per SYNTAX block, in page order (index = block index). */
    private final List<String> setNames = new ArrayList<>();
    /** Sets the product cannot select: a parameter mandatory there does not apply to the product. */
    private final Set<String> droppedSets = new HashSet<>();

    private CmdletMapper(DocsPage page, Product product, List<DocsWarning> warnings) {
        this.page = page;
        this.product = product;
        this.warnings = warnings;
        List<SyntaxBlock> blocks = page.syntaxBlocks();
        if (blocks.size() <= 1 && (blocks.isEmpty() || blocks.get(0).setName() == null)) {
            setNames.add(Cmdlet.ALL_PARAMETER_SETS);
        } else {
            for (int i = 0; i < blocks.size(); i++) {
                String name = blocks.get(i).setName() == null ? "Set" + (i + 1) : blocks.get(i).setName();
                setNames.add(name);
            }
        }
    }

    /** The cmdlet for {@code product}, keeping only the parameters applicable to it. */
    static Cmdlet map(DocsPage page, Product product) {
        return map(page, product, new ArrayList<>());
    }

    /** As {@link #map(DocsPage, Product)}, adding what was passed over or decided against the page to {@code warnings}. */
    static Cmdlet map(DocsPage page, Product product, List<DocsWarning> warnings) {
        return new CmdletMapper(page, product, warnings).map();
    }

    /** Whether a name is Confirm or WhatIf. */
    static boolean isShouldProcess(String name) {
        return SHOULD_PROCESS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a parameter (documented or syntax-only) applies to {@code product}. */
    static boolean appliesTo(DocsPage page, DocsParameter parameter, Product product) {
        List<String> tokens = parameter.applicable() == null ? page.applicable() : parameter.applicable();
        return tokens.contains(product.displayName());
    }

    private Cmdlet map() {
        String title = page.title();
        int dash = title.indexOf('-');
        dropForeignSets();
        boolean shouldProcess = false;
        Set<String> warnedCommon = new HashSet<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (DocsParameter documented : page.parameters()) {
            String key = documented.name().toLowerCase(Locale.ROOT);
            if (isShouldProcess(documented.name())) {
                shouldProcess = true;
            } else if (!appliesTo(page, documented, product)) {
                continue;
            } else if (COMMON.contains(key)) {
                warn(documented.line(), DocsWarning.Kind.PARAMETER_DROPPED,
                        "-" + documented.name() + " is a PowerShell common parameter, not a cmdlet parameter");
            } else if (parameters.containsKey(key)) {
                warn(documented.line(), DocsWarning.Kind.PARAMETER_DROPPED,
                        "-" + documented.name() + " has a second '### -" + documented.name() + "' section; the first is kept");
            } else {
                parameters.put(key, documented(documented));
            }
        }
        for (int i = 0; i < page.syntaxBlocks().size(); i++) {
            SyntaxBlock block = page.syntaxBlocks().get(i);
            for (SyntaxEntry entry : block.entries()) {
                String key = entry.name().toLowerCase(Locale.ROOT);
                if (isShouldProcess(entry.name())) {
                    shouldProcess = true;
                } else if (!parameters.containsKey(key) && !isDocumented(key)
                        && page.appliesTo(product.displayName())) {
                    if (COMMON.contains(key) && warnedCommon.add(key)) {
                        warn(block.line(), DocsWarning.Kind.PARAMETER_DROPPED, "-" + entry.name()
                                + " in the syntax is a PowerShell common parameter, not a cmdlet parameter");
                    } else if (!COMMON.contains(key)) {
                        parameters.put(key, syntaxOnly(entry.name()));
                    }
                }
            }
        }
        List<String> sets = setNames.stream().filter(s -> !droppedSets.contains(s)).toList();
        parameters.values().removeIf(p -> {
            boolean orphan = p.sets().isEmpty() && !droppedSets.isEmpty();
            if (orphan) {
                warn(0, DocsWarning.Kind.PARAMETER_DROPPED, "-" + p.name() + " belongs only to dropped sets "
                        + droppedSets.stream().sorted().toList());
            }
            return orphan;
        });
        return new Cmdlet(title, title.substring(0, dash), title.substring(dash + 1), product, defaultSet(sets),
                page.documentationUrl(), shouldProcess, List.of(SourceKind.DOCS), sets,
                new ArrayList<>(parameters.values()));
    }

    /**
     * A set in which a parameter that does not apply to the product is mandatory cannot be selected in that product
     * (New-MailboxImportRequest set Default needs the on-premises {@code -FilePath}). Such sets are dropped, unless
     * that would leave none.
     */
    private void dropForeignSets() {
        if (setNames.size() < 2) {
            return;
        }
        Map<String, String> blockers = new LinkedHashMap<>();
        for (int i = 0; i < setNames.size(); i++) {
            for (SyntaxEntry entry : page.syntaxBlocks().get(i).entries()) {
                DocsParameter documented = documentedSection(entry.name());
                if (entry.mandatory() && documented != null && !appliesTo(page, documented, product)) {
                    blockers.putIfAbsent(setNames.get(i), entry.name());
                }
            }
        }
        if (blockers.size() == setNames.size()) {
            return;
        }
        blockers.forEach((set, parameter) -> {
            droppedSets.add(set);
            warn(page.syntaxBlocks().get(setNames.indexOf(set)).line(), DocsWarning.Kind.SET_DROPPED,
                    "set " + set + " needs -" + parameter + ", which does not apply to " + product.displayName());
        });
    }

    private DocsParameter documentedSection(String name) {
        return page.parameters().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private void warn(int line, DocsWarning.Kind kind, String detail) {
        warnings.add(new DocsWarning(page.fileName(), line, product.displayName(), kind, detail));
    }

    private boolean isDocumented(String key) {
        return page.parameters().stream().anyMatch(p -> p.name().equalsIgnoreCase(key));
    }

    private String defaultSet(List<String> sets) {
        if (sets.size() == 1) {
            return sets.get(0);
        }
        for (int i = 0; i < page.syntaxBlocks().size(); i++) {
            if (page.syntaxBlocks().get(i).isDefault() && sets.contains(setNames.get(i))) {
                return setNames.get(i);
            }
        }
        return null;
    }

    private Parameter documented(DocsParameter doc) {
        List<YamlBlock> blocks = doc.blocksFor(product.displayName());
        YamlBlock first = blocks.get(0);
        String type = TypeNames.normalise(first.type());
        if (type == null) {
            type = syntaxType(doc.name());
        } else {
            TypeResolver.Decision decision = TypeResolver.decide(type, syntaxTypes(doc.name()), doc);
            if (decision.rule() != null) {
                warn(doc.line(), DocsWarning.Kind.TYPE_FROM_SYNTAX, "-" + doc.name() + ": " + type + " → "
                        + decision.type() + " (" + decision.rule() + ")");
            }
            type = decision.type();
        }
        if (type == null) {
            throw new DocsImportException(page.fileName(), first.line(),
                    "parameter -" + doc.name() + " has an empty or unreadable 'Type:' and the syntax gives no type",
                    "write the parameter's type on the 'Type:' line, e.g. 'Type: String'");
        }
        List<String> allowed;
        ValuesOrigin origin;
        if (!first.acceptedValues().isEmpty()) {
            allowed = first.acceptedValues();
            origin = ValuesOrigin.DOCS_ACCEPTED_VALUES;
        } else if (!doc.proseValues().isEmpty() && ValueListRules.typeMayHoldEnum(doc.name(), type)) {
            allowed = doc.proseValues();
            origin = ValuesOrigin.DOCS_PROSE;
        } else {
            allowed = List.of();
            origin = ValuesOrigin.NONE;
        }
        return new Parameter(doc.name(), type, TypeNames.elementType(type), TypeNames.isMultiValued(type),
                TypeNames.SWITCH.equals(type), first.aliases(), allowed, origin, doc.internal(), doc.deprecated(),
                memberships(doc.name(), type, blocks));
    }

    /** A parameter only the syntax names: typed from the syntax; the bare form is a switch (platyPS omits only switch types). */
    private Parameter syntaxOnly(String name) {
        String type = syntaxType(name);
        if (type == null) {
            type = TypeNames.SWITCH;
        }
        return new Parameter(name, type, TypeNames.elementType(type), TypeNames.isMultiValued(type),
                TypeNames.SWITCH.equals(type), List.of(), List.of(), ValuesOrigin.NONE, false, false,
                memberships(name, type, List.of()));
    }

    /** The distinct normalised types the syntax blocks give {@code name}, in page order. */
    private List<String> syntaxTypes(String name) {
        List<String> types = new ArrayList<>();
        for (SyntaxBlock block : page.syntaxBlocks()) {
            SyntaxEntry entry = find(block, name);
            String type = entry == null ? null : TypeNames.normalise(entry.rawType());
            if (type != null && !types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private String syntaxType(String name) {
        for (SyntaxBlock block : page.syntaxBlocks()) {
            for (SyntaxEntry entry : block.entries()) {
                if (entry.name().equalsIgnoreCase(name) && entry.rawType() != null) {
                    String type = TypeNames.normalise(entry.rawType());
                    if (type != null) {
                        return type;
                    }
                }
            }
        }
        return null;
    }

    private List<ParameterSetMembership> memberships(String name, String type, List<YamlBlock> yaml) {
        boolean inAnySyntax = page.syntaxBlocks().stream()
                .anyMatch(b -> b.entries().stream().anyMatch(e -> e.name().equalsIgnoreCase(name)));
        boolean isSwitch = TypeNames.SWITCH.equals(type);
        List<ParameterSetMembership> sets = new ArrayList<>();
        for (int i = 0; i < setNames.size(); i++) {
            String set = setNames.get(i);
            if (droppedSets.contains(set)) {
                continue;
            }
            SyntaxBlock block = page.syntaxBlocks().isEmpty() ? null : page.syntaxBlocks().get(i);
            SyntaxEntry entry = block == null ? null : find(block, name);
            YamlBlock governing = governing(yaml, set);
            if (entry == null && (inAnySyntax || (governing != null && !covers(governing, set)))) {
                continue;
            }
            boolean yamlMandatory = governing != null && governing.required() && covers(governing, set);
            boolean mandatory = entry == null || isSwitch ? yamlMandatory || (entry != null && entry.mandatory())
                    : entry.mandatory();
            Integer position = null;
            if (entry != null && entry.positional()) {
                position = governing != null && governing.position() != null
                        ? governing.position() : positionalIndex(block, entry);
            } else if (entry == null && governing != null) {
                position = governing.position();
            }
            PipelineInput pipeline = governing == null ? PipelineInput.NONE : governing.pipeline();
            sets.add(new ParameterSetMembership(set, mandatory, position, pipeline.byValue(), pipeline.byPropertyName()));
        }
        return sets;
    }

    /** The yaml block naming the set, else one covering all sets, else the first. */
    private static YamlBlock governing(List<YamlBlock> yaml, String set) {
        for (YamlBlock block : yaml) {
            if (block.names(set)) {
                return block;
            }
        }
        for (YamlBlock block : yaml) {
            if (block.coversAllSets()) {
                return block;
            }
        }
        return yaml.isEmpty() ? null : yaml.get(0);
    }

    /** A yaml block covers a set when it says (All), names it, or names no set the syntax has (stale names). */
    private boolean covers(YamlBlock block, String set) {
        if (block.coversAllSets() || block.names(set) || set.equals(Cmdlet.ALL_PARAMETER_SETS)) {
            return true;
        }
        return setNames.stream().noneMatch(block::names);
    }

    private static SyntaxEntry find(SyntaxBlock block, String name) {
        for (SyntaxEntry entry : block.entries()) {
            if (entry.name().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    private static int positionalIndex(SyntaxBlock block, SyntaxEntry target) {
        int index = 0;
        for (SyntaxEntry entry : block.entries()) {
            if (entry == target) {
                return index;
            }
            if (entry.positional()) {
                index++;
            }
        }
        return index;
    }
}
