package dev.exobindings.metadata.io;

import static dev.exobindings.metadata.io.SnapshotFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a snapshot's JSON tree against format version 1: shape, names, and the cross-references the schema cannot
 * express (unique names, default set and memberships naming real sets, header counts). The first problem found is
 * thrown as a {@link SnapshotException} with the file, JSON path and fix. {@link SnapshotReader} runs it on every
 * file; {@link SnapshotWriter} runs it before writing anything.
 */
public final class SnapshotValidator {
    private static final Set<String> ROOT_MEMBERS = Set.of(HEADER, CMDLETS);
    private static final Set<String> HEADER_MEMBERS =
            Set.of(FORMAT_VERSION, NAME, PRODUCT, CAPTURE_DATE, SOURCES, COUNTS);
    private static final Set<String> SOURCE_MEMBERS = Set.of(KIND, REPOSITORY, COMMIT, PATH, LICENSE);
    private static final Set<String> CMDLET_MEMBERS = Set.of(NAME, VERB, NOUN, PRODUCT, DEFAULT_PARAMETER_SET,
            DOCUMENTATION_URL, SUPPORTS_SHOULD_PROCESS, SOURCES, PARAMETER_SETS, PARAMETERS, TRAITS);
    private static final Set<String> TRAITS_MEMBERS = Set.of(SUPPORTS_SHOULD_PROCESS, CONFIRM_IMPACT, BATCHABLE,
            ROUTING, HTTP_TIMEOUT_SECONDS);
    private static final Set<String> ROUTING_MEMBERS = Set.of(PARAMETER, KIND);
    private static final Set<String> PARAMETER_MEMBERS = Set.of(NAME, TYPE, ELEMENT_TYPE, MULTI_VALUED, SWITCH,
            ALIASES, ALLOWED_VALUES, VALUES_ORIGIN, INTERNAL, DEPRECATED, SETS);
    private static final Set<String> MEMBERSHIP_MEMBERS = Set.of(NAME, MANDATORY, POSITION, VALUE_FROM_PIPELINE,
            VALUE_FROM_PIPELINE_BY_PROPERTY_NAME);

    private final JsonChecks checks;

    private SnapshotValidator(String file) {
        this.checks = new JsonChecks(file);
    }

    /** Validates a parsed snapshot document; {@code file} names it in error messages. */
    public static void validate(String file, JsonNode root) {
        new SnapshotValidator(file).root(root);
    }

    /** Validates a model snapshot as it would be written. */
    public static void validate(String file, Snapshot snapshot) {
        validate(file, SnapshotEncoder.encode(snapshot));
    }

    private void root(JsonNode root) {
        checks.object(root, "$", ROOT_MEMBERS);
        JsonNode header = checks.required(root, HEADER, "$");
        formatVersion(header);
        header(header);
        JsonNode cmdlets = checks.array(root, CMDLETS, "$", true);
        Map<String, String> seen = new HashMap<>();
        int parameterCount = 0;
        for (int i = 0; i < cmdlets.size(); i++) {
            String path = "$.cmdlets[" + i + "]";
            String name = cmdlet(cmdlets.get(i), path);
            String earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
            if (earlier != null) {
                throw checks.error(path + ".name", "duplicate cmdlet name '" + name + "' (also at " + earlier
                        + "; names are case-insensitive)", "keep one entry per cmdlet");
            }
            parameterCount += cmdlets.get(i).get(PARAMETERS).size();
        }
        count(header, "cmdlets", cmdlets.size());
        count(header, "parameters", parameterCount);
    }

    private void formatVersion(JsonNode header) {
        checks.object(header, "$.header", HEADER_MEMBERS);
        JsonNode version = checks.required(header, FORMAT_VERSION, "$.header");
        if (!version.isInt() || version.intValue() != Header.CURRENT_FORMAT_VERSION) {
            throw checks.error("$.header.formatVersion", "unknown format version "
                    + (version.isNumber() ? version.asText() : JsonChecks.describe(version)),
                    "this reader understands format version " + Header.CURRENT_FORMAT_VERSION
                            + "; regenerate the snapshot with this exo-bindings version");
        }
    }

    private void header(JsonNode header) {
        checks.text(header, NAME, "$.header", true, SnapshotNameRules.SNAPSHOT_NAME, "snapshot name");
        checks.enumValue(checks.required(header, PRODUCT, "$.header"), "$.header.product", Product.class);
        String date = checks.text(header, CAPTURE_DATE, "$.header", true, SnapshotNameRules.DATE,
                "capture date (yyyy-MM-dd)");
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw checks.error("$.header.captureDate", "'" + date + "' is not a calendar date",
                    "write a real date as yyyy-MM-dd");
        }
        JsonNode sources = checks.array(header, SOURCES, "$.header", true);
        for (int i = 0; i < sources.size(); i++) {
            source(sources.get(i), "$.header.sources[" + i + "]");
        }
        JsonNode counts = header.get(COUNTS);
        if (counts != null) {
            checks.object(counts, "$.header.counts", keysOf(counts));
            for (Iterator<String> keys = counts.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!SnapshotNameRules.IDENTIFIER.matcher(key).matches()) {
                    throw checks.error("$.header.counts", "invalid count name '" + JsonChecks.printable(key) + "'",
                            "name counts with letters, digits and _ only");
                }
                checks.integer(counts, key, "$.header.counts", true, 0);
            }
        }
    }

    private void source(JsonNode source, String path) {
        checks.object(source, path, SOURCE_MEMBERS);
        checks.enumValue(checks.required(source, KIND, path), path + ".kind", SourceKind.class);
        checks.text(source, REPOSITORY, path, true, SnapshotNameRules.REPOSITORY, "repository (owner/name)");
        checks.text(source, COMMIT, path, true, SnapshotNameRules.COMMIT, "commit (40 lower-case hex digits)");
        checks.text(source, PATH, path, true, SnapshotNameRules.REPOSITORY_PATH, "relative repository path");
        checks.text(source, LICENSE, path, true, SnapshotNameRules.LICENSE, "SPDX licence id");
    }

    private void count(JsonNode header, String key, int actual) {
        JsonNode counts = header.get(COUNTS);
        JsonNode declared = counts == null ? null : counts.get(key);
        if (declared != null && declared.intValue() != actual) {
            throw checks.error("$.header.counts." + key, "header says " + declared.intValue() + " " + key
                    + " but the file holds " + actual, "correct the count or regenerate the snapshot");
        }
    }

    private String cmdlet(JsonNode cmdlet, String path) {
        checks.object(cmdlet, path, CMDLET_MEMBERS);
        String name = checks.text(cmdlet, NAME, path, true, SnapshotNameRules.CMDLET_NAME, "cmdlet name (Verb-Noun)");
        String verb = checks.text(cmdlet, VERB, path, true, SnapshotNameRules.WORD, "verb");
        String noun = checks.text(cmdlet, NOUN, path, true, SnapshotNameRules.WORD, "noun");
        if (!name.equals(verb + "-" + noun)) {
            throw checks.error(path, "verb '" + verb + "' and noun '" + noun + "' do not spell '" + name + "'",
                    "set verb and noun to the two halves of the name");
        }
        checks.enumValue(checks.required(cmdlet, PRODUCT, path), path + ".product", Product.class);
        checks.text(cmdlet, DOCUMENTATION_URL, path, false, SnapshotNameRules.URL, "https documentation URL");
        checks.flag(cmdlet, SUPPORTS_SHOULD_PROCESS, path);
        JsonNode sources = checks.array(cmdlet, SOURCES, path, true);
        if (sources.isEmpty()) {
            throw checks.error(path + ".sources", "a cmdlet must name at least one source", "add \"docs\", "
                    + "\"catalog\" or \"capture\"");
        }
        for (int i = 0; i < sources.size(); i++) {
            checks.enumValue(sources.get(i), path + ".sources[" + i + "]", SourceKind.class);
        }
        Set<String> sets = parameterSets(cmdlet, path);
        Set<String> usedSets = parameters(cmdlet, path, sets);
        String defaultSet = checks.text(cmdlet, DEFAULT_PARAMETER_SET, path, false, SnapshotNameRules.IDENTIFIER,
                "parameter set name");
        if (defaultSet != null && !sets.contains(defaultSet)) {
            throw checks.error(path + ".defaultParameterSet", "default parameter set '" + defaultSet
                    + "' is not a set of " + name, "use one of " + sets + " or leave the member out");
        }
        if (defaultSet != null && !usedSets.contains(defaultSet)) {
            throw checks.error(path + ".defaultParameterSet", "no parameter of " + name + " belongs to default set '"
                    + defaultSet + "'", "add the set to its parameters' sets or leave the member out");
        }
        JsonNode traits = cmdlet.get(TRAITS);
        if (traits != null) {
            traits(cmdlet, traits, path + ".traits");
        }
        return name;
    }

    private void traits(JsonNode cmdlet, JsonNode traits, String path) {
        checks.object(traits, path, TRAITS_MEMBERS);
        boolean shouldProcess = requiredFlag(traits, SUPPORTS_SHOULD_PROCESS, path);
        if (shouldProcess != checks.flag(cmdlet, SUPPORTS_SHOULD_PROCESS, path)) {
            throw checks.error(path + ".supportsShouldProcess", "traits say supportsShouldProcess " + shouldProcess
                    + " but the cmdlet says " + !shouldProcess, "make both agree (the module's traits are the "
                    + "authority)");
        }
        JsonNode impact = traits.get(CONFIRM_IMPACT);
        if (impact != null) {
            checks.enumValue(impact, path + ".confirmImpact", ConfirmImpact.class);
            if (!shouldProcess) {
                throw checks.error(path + ".confirmImpact", "a confirmImpact without supportsShouldProcess",
                        "leave confirmImpact out or set supportsShouldProcess to true");
            }
        }
        requiredFlag(traits, BATCHABLE, path);
        checks.integer(traits, HTTP_TIMEOUT_SECONDS, path, true, 1);
        JsonNode routing = traits.get(ROUTING);
        if (routing != null) {
            String routingPath = path + ".routing";
            checks.object(routing, routingPath, ROUTING_MEMBERS);
            String parameter = checks.text(routing, PARAMETER, routingPath, true, SnapshotNameRules.IDENTIFIER,
                    "parameter name");
            checks.enumValue(checks.required(routing, KIND, routingPath), routingPath + ".kind", RoutingKind.class);
            boolean declared = false;
            for (JsonNode p : cmdlet.get(PARAMETERS)) {
                declared |= parameter.equals(p.get(NAME).textValue());
            }
            if (!declared) {
                throw checks.error(routingPath + ".parameter", "routing parameter '" + parameter
                        + "' is not a parameter of the cmdlet", "name one of the cmdlet's parameters (exact "
                        + "spelling) or leave routing out");
            }
        }
    }

    private Set<String> parameterSets(JsonNode cmdlet, String path) {
        JsonNode sets = checks.array(cmdlet, PARAMETER_SETS, path, true);
        if (sets.isEmpty()) {
            throw checks.error(path + ".parameterSets", "a cmdlet needs at least one parameter set",
                    "write [\"" + Cmdlet.ALL_PARAMETER_SETS + "\"] for a cmdlet without named sets");
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            String setPath = path + ".parameterSets[" + i + "]";
            String set = checks.text(sets.get(i), setPath, SnapshotNameRules.IDENTIFIER, "parameter set name");
            if (!folded.add(set.toLowerCase(Locale.ROOT))) {
                throw checks.error(setPath, "duplicate parameter set '" + set + "' (names are case-insensitive)",
                        "list each set once");
            }
            names.add(set);
        }
        if (names.contains(Cmdlet.ALL_PARAMETER_SETS) && names.size() > 1) {
            throw checks.error(path + ".parameterSets", Cmdlet.ALL_PARAMETER_SETS + " next to named sets",
                    "expand " + Cmdlet.ALL_PARAMETER_SETS + " into the named sets");
        }
        return names;
    }

    /** Checks the parameters and returns the names of the sets at least one parameter belongs to. */
    private Set<String> parameters(JsonNode cmdlet, String path, Set<String> sets) {
        JsonNode parameters = checks.array(cmdlet, PARAMETERS, path, true);
        Map<String, String> seen = new HashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameterPath = path + ".parameters[" + i + "]";
            JsonNode parameter = checks.object(parameters.get(i), parameterPath, PARAMETER_MEMBERS);
            String name = checks.text(parameter, NAME, parameterPath, true, SnapshotNameRules.IDENTIFIER,
                    "parameter name");
            String earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), parameterPath);
            if (earlier != null) {
                throw checks.error(parameterPath + ".name", "duplicate parameter name '" + name + "' (also at "
                        + earlier + "; names are case-insensitive)", "keep one entry per parameter");
            }
            parameterFacts(parameter, parameterPath);
            memberships(parameter, parameterPath, sets, used);
        }
        return used;
    }

    private void parameterFacts(JsonNode parameter, String path) {
        checks.text(parameter, TYPE, path, true, SnapshotNameRules.TYPE_NAME, "type name");
        checks.text(parameter, ELEMENT_TYPE, path, false, SnapshotNameRules.TYPE_NAME, "type name");
        checks.flag(parameter, MULTI_VALUED, path);
        checks.flag(parameter, SWITCH, path);
        checks.flag(parameter, INTERNAL, path);
        checks.flag(parameter, DEPRECATED, path);
        Set<String> aliases = new LinkedHashSet<>();
        JsonNode aliasNodes = checks.array(parameter, ALIASES, path, false);
        for (int i = 0; aliasNodes != null && i < aliasNodes.size(); i++) {
            String alias = checks.text(aliasNodes.get(i), path + ".aliases[" + i + "]", SnapshotNameRules.IDENTIFIER,
                    "alias");
            if (!aliases.add(alias.toLowerCase(Locale.ROOT))) {
                throw checks.error(path + ".aliases[" + i + "]", "duplicate alias '" + alias
                        + "' (aliases are case-insensitive)", "list each alias once");
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        JsonNode values = checks.array(parameter, ALLOWED_VALUES, path, false);
        for (int i = 0; values != null && i < values.size(); i++) {
            String value = checks.text(values.get(i), path + ".allowedValues[" + i + "]", SnapshotNameRules.VALUE,
                    "allowed value");
            if (!allowed.add(value)) {
                throw checks.error(path + ".allowedValues[" + i + "]", "duplicate allowed value '" + value + "'",
                        "list each value once");
            }
        }
        JsonNode origin = parameter.get(VALUES_ORIGIN);
        ValuesOrigin valuesOrigin = origin == null ? ValuesOrigin.NONE
                : checks.enumValue(origin, path + ".valuesOrigin", ValuesOrigin.class);
        boolean hasValues = values != null && !values.isEmpty();
        if (hasValues == (valuesOrigin == ValuesOrigin.NONE)) {
            throw checks.error(path + ".valuesOrigin", hasValues ? "allowedValues without a valuesOrigin"
                    : "valuesOrigin '" + SnapshotSpelling.spell(valuesOrigin) + "' without allowedValues",
                    "give both allowedValues and valuesOrigin, or neither");
        }
    }

    private void memberships(JsonNode parameter, String path, Set<String> sets, Set<String> used) {
        JsonNode memberships = checks.array(parameter, SETS, path, true);
        if (memberships.isEmpty()) {
            throw checks.error(path + ".sets", "the parameter belongs to no parameter set",
                    "add a membership for at least one of " + sets);
        }
        Set<String> own = new LinkedHashSet<>();
        for (int i = 0; i < memberships.size(); i++) {
            String membershipPath = path + ".sets[" + i + "]";
            JsonNode membership = checks.object(memberships.get(i), membershipPath, MEMBERSHIP_MEMBERS);
            String set = checks.text(membership, NAME, membershipPath, true, SnapshotNameRules.IDENTIFIER,
                    "parameter set name");
            if (!sets.contains(set)) {
                throw checks.error(membershipPath + ".name", "membership names set '" + set
                        + "' which the cmdlet does not have", "use one of " + sets + " (exact spelling)");
            }
            if (!own.add(set)) {
                throw checks.error(membershipPath + ".name", "second membership in set '" + set + "'",
                        "keep one membership per set");
            }
            checks.flag(membership, MANDATORY, membershipPath);
            checks.integer(membership, POSITION, membershipPath, false, 0);
            checks.flag(membership, VALUE_FROM_PIPELINE, membershipPath);
            checks.flag(membership, VALUE_FROM_PIPELINE_BY_PROPERTY_NAME, membershipPath);
        }
        used.addAll(own);
    }

    private boolean requiredFlag(JsonNode parent, String field, String path) {
        checks.required(parent, field, path);
        return checks.flag(parent, field, path);
    }

    private static Set<String> keysOf(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
