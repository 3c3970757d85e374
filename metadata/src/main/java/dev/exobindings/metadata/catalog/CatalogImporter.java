package dev.exobindings.metadata.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.io.JsonErrors;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a module catalog in the shape go-exoscc's extractor writes ({@code EXO-catalog.json},
 * {@code Purview-catalog.json}: the service's own proxy module) into cmdlets of one product with source
 * {@code catalog}. The file name does not matter.
 *
 * <p>Rules: {@code __AllParameterSets} memberships are expanded into the cmdlet's concrete sets; a cmdlet without
 * named sets keeps the single {@link Cmdlet#ALL_PARAMETER_SETS} and no default set (a default name declared there is
 * only a label). A declared default set that no parameter names is still a real set in PowerShell when some
 * parameters belong to every set, so it is added as a concrete set; if no parameter would belong to it, it is dropped
 * and a note is recorded. {@code ValidateSet} becomes the allowed values; the proxy type is kept, in short CLR
 * spelling, as the fallback type; {@code Confirm}/{@code WhatIf} become {@code supportsShouldProcess}; common
 * parameters are dropped.
 */
public final class CatalogImporter {
    /** PowerShell's common parameters, which are never cmdlet-specific. */
    static final Set<String> COMMON_PARAMETERS = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "progressaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable");
    private static final Set<String> SHOULD_PROCESS = Set.of("confirm", "whatif");

    private final String file;
    private final Product product;
    private final List<String> notes = new ArrayList<>();

    private CatalogImporter(String file, Product product) {
        this.file = file;
        this.product = product;
    }

    /** Reads the Exchange Online catalog at {@code catalogFile}. */
    public static CatalogImport importFile(Path catalogFile) {
        return importFile(catalogFile, Product.EXCHANGE_ONLINE);
    }

    /** Reads the catalog at {@code catalogFile}; its cmdlets belong to {@code product}. */
    public static CatalogImport importFile(Path catalogFile, Product product) {
        String name = catalogFile.toString();
        JsonNode root;
        try {
            // From bytes, so that Jackson detects the encoding: PowerShell's Out-File writes a byte order mark
            // (UTF-8 with BOM, or UTF-16 in Windows PowerShell), which a text read would leave in the JSON.
            root = new ObjectMapper().readTree(Files.readAllBytes(catalogFile));
        } catch (NoSuchFileException e) {
            throw new CatalogException(name, "file", "no such file", "point the importer at a module catalog file "
                    + "such as EXO-catalog.json or Purview-catalog.json");
        } catch (JsonProcessingException e) {
            throw new CatalogException(name, e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr(), "invalid JSON: " + JsonErrors.describe(e),
                    "restore the catalog file from its source");
        } catch (IOException e) {
            throw new CatalogException(name, "file", "cannot read: " + e.getMessage(), "check the file");
        }
        return new CatalogImporter(name, java.util.Objects.requireNonNull(product, "product")).root(root);
    }

    /**
     * Reads a catalog already in memory, in the catalog's JSON shape (a live capture builds one from the module
     * text, so both paths share these rules).
     *
     * @param name names the input in errors
     */
    public static CatalogImport importTree(String name, JsonNode root) {
        return importTree(name, root, Product.EXCHANGE_ONLINE);
    }

    /** As {@link #importTree(String, JsonNode)}, for the cmdlets of {@code product}. */
    public static CatalogImport importTree(String name, JsonNode root, Product product) {
        return new CatalogImporter(name, java.util.Objects.requireNonNull(product, "product")).root(root);
    }

    private CatalogImport root(JsonNode root) {
        if (root.has("header") && root.path("header").has("formatVersion")) {
            // a snapshot (what import writes) handed over as the catalog: say what it is, not which field it lacks
            throw new CatalogException(file, "$", "this is a snapshot, not a module catalog", "give it to generate,"
                    + " diff or simulate as a snapshot; import reads a module catalog (cmdlets named by \"cmdlet\")");
        }
        JsonNode cmdlets = array(root, "cmdlets", "$");
        List<Cmdlet> result = new ArrayList<>();
        for (int i = 0; i < cmdlets.size(); i++) {
            result.add(cmdlet(cmdlets.get(i), "$.cmdlets[" + i + "]"));
        }
        JsonNode declared = root.get("cmdletCount");
        if (declared != null && declared.isInt() && declared.intValue() != result.size()) {
            throw new CatalogException(file, "$.cmdletCount", "declares " + declared.intValue() + " cmdlets but lists "
                    + result.size(), "restore the catalog file from its source");
        }
        return new CatalogImport(result, notes);
    }

    private Cmdlet cmdlet(JsonNode node, String path) {
        String name = text(node, "cmdlet", path);
        int hyphen = name.indexOf('-');
        if (hyphen <= 0 || hyphen == name.length() - 1) {
            throw new CatalogException(file, path + ".cmdlet", "'" + name + "' is not a Verb-Noun name",
                    "correct the cmdlet name");
        }
        JsonNode parameters = array(node, "parameters", path);
        List<String> sets = concreteSets(parameters, path);
        String declaredDefault = node.path("defaultParameterSet").textValue();
        String defaultSet = defaultSet(name, declaredDefault, sets, parameters, path);
        boolean shouldProcess = false;
        List<Parameter> result = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String parameterName = text(parameter, "name", path + ".parameters[" + i + "]");
            String folded = parameterName.toLowerCase(Locale.ROOT);
            if (SHOULD_PROCESS.contains(folded)) {
                shouldProcess = true;
            } else if (!COMMON_PARAMETERS.contains(folded)) {
                result.add(parameter(parameter, parameterName, sets, path + ".parameters[" + i + "]"));
            }
        }
        return new Cmdlet(name, name.substring(0, hyphen), name.substring(hyphen + 1), product,
                defaultSet, null, shouldProcess, List.of(SourceKind.CATALOG), sets, result);
    }

    /** Named sets in order of first appearance; {@code __AllParameterSets} alone when there are none. */
    private List<String> concreteSets(JsonNode parameters, String path) {
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameterPath = path + ".parameters[" + i + "]";
            JsonNode memberships = array(parameters.get(i), "parameterSets", parameterPath);
            for (int j = 0; j < memberships.size(); j++) {
                String set = text(memberships.get(j), "name", parameterPath + ".parameterSets[" + j + "]");
                if (!set.equals(Cmdlet.ALL_PARAMETER_SETS)) {
                    named.add(set);
                }
            }
        }
        return named.isEmpty() ? new ArrayList<>(List.of(Cmdlet.ALL_PARAMETER_SETS)) : new ArrayList<>(named);
    }

    private String defaultSet(String cmdlet, String declared, List<String> sets, JsonNode parameters, String path) {
        if (declared == null || sets.equals(List.of(Cmdlet.ALL_PARAMETER_SETS))) {
            return null;
        }
        if (sets.contains(declared)) {
            return declared;
        }
        boolean anyInAllSets = false;
        for (JsonNode parameter : parameters) {
            for (JsonNode membership : parameter.path("parameterSets")) {
                anyInAllSets |= Cmdlet.ALL_PARAMETER_SETS.equals(membership.path("name").textValue());
            }
        }
        if (anyInAllSets) {
            sets.add(declared);
            return declared;
        }
        // PowerShell has the set (a call with none of the other sets' parameters runs in it), so it is listed; the
        // snapshot format lets no parameterless set be the default, so the default is dropped
        notes.add(cmdlet + ": declared default set '" + declared + "' has no parameters (sets " + sets
                + "); kept as a set, default dropped");
        sets.add(0, declared);
        return null;
    }

    private Parameter parameter(JsonNode node, String name, List<String> sets, String path) {
        String type = ProxyTypes.normalise(text(node, "type", path));
        boolean isSwitch = node.path("isSwitch").asBoolean(false) || type.equals("SwitchParameter");
        if (isSwitch) {
            type = "SwitchParameter";
        }
        boolean multiValued = ProxyTypes.isMultiValued(type);
        List<String> allowed = strings(node.get("validateSet"));
        return new Parameter(name, type, multiValued ? ProxyTypes.elementType(type) : null, multiValued, isSwitch,
                strings(node.get("aliases")), allowed, allowed.isEmpty() ? ValuesOrigin.NONE : ValuesOrigin.VALIDATE_SET,
                false, false, memberships(node, sets, path));
    }

    private List<ParameterSetMembership> memberships(JsonNode node, List<String> sets, String path) {
        Map<String, ParameterSetMembership> bySet = new LinkedHashMap<>();
        JsonNode memberships = array(node, "parameterSets", path);
        ParameterSetMembership everySet = null;
        for (JsonNode membership : memberships) {
            String set = membership.path("name").textValue();
            JsonNode position = membership.get("position");
            ParameterSetMembership read = new ParameterSetMembership(set, membership.path("mandatory").asBoolean(),
                    position == null || position.isNull() ? null : position.intValue(),
                    membership.path("valueFromPipeline").asBoolean(),
                    membership.path("valueFromPipelineByPropertyName").asBoolean());
            if (set.equals(Cmdlet.ALL_PARAMETER_SETS)) {
                everySet = read;
            } else {
                bySet.put(set, read);
            }
        }
        List<ParameterSetMembership> result = new ArrayList<>();
        for (String set : sets) {
            ParameterSetMembership own = bySet.get(set);
            if (own != null) {
                result.add(own);
            } else if (everySet != null) {
                result.add(new ParameterSetMembership(set, everySet.mandatory(), everySet.position(),
                        everySet.valueFromPipeline(), everySet.valueFromPipelineByPropertyName()));
            }
        }
        return result;
    }

    /** The catalog writes one-element lists as a bare string; accept both. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.textValue());
        } else {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new CatalogException(file, path + "." + field, "missing or not a string",
                    "restore the catalog file from its source");
        }
        return value.textValue();
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new CatalogException(file, path + "." + field, "missing or not an array",
                    "restore the catalog file from its source");
        }
        return value;
    }
}
