package dev.exobindings.capture.merge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.ParameterAttribute;
import dev.exobindings.capture.psm1.ProxyFunction;
import dev.exobindings.capture.psm1.ProxyParameter;
import dev.exobindings.metadata.catalog.CatalogImport;
import dev.exobindings.metadata.catalog.CatalogImporter;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns parsed proxies into snapshot cmdlets through the module-catalog importer, so a capture and the bundled
 * catalog follow the same rules ({@code __AllParameterSets} expansion, default set, type spelling, switches,
 * common parameters). The proxy is written in the catalog's JSON shape: a parameter without {@code [Parameter]}
 * becomes a member of {@code __AllParameterSets}; an untyped one gets the erased type {@code System.Object}.
 */
public final class ProxyCatalog {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProxyCatalog() {
    }

    /** The module's cmdlets with source {@code capture}; ShouldProcess and the other traits from the proxy. */
    public static CatalogImport cmdlets(ModuleText module, Product product) {
        ObjectNode root = F.objectNode();
        ArrayNode cmdlets = root.putArray("cmdlets");
        for (ProxyFunction proxy : module.proxies()) {
            cmdlets.add(cmdlet(proxy));
        }
        CatalogImport imported = CatalogImporter.importTree(module.source(), root, product);
        List<Cmdlet> result = new ArrayList<>();
        for (int i = 0; i < imported.cmdlets().size(); i++) {
            Cmdlet c = imported.cmdlets().get(i);
            ProxyFunction proxy = module.proxies().get(i);
            result.add(new Cmdlet(c.name(), c.verb(), c.noun(), c.product(), c.defaultParameterSet(),
                    c.documentationUrl(), proxy.binding().supportsShouldProcess(), List.of(SourceKind.CAPTURE),
                    c.parameterSets(), c.parameters()).withTraits(CapturedTraits.of(proxy, module.constants()).toModel()));
        }
        return new CatalogImport(result, imported.notes());
    }

    private static ObjectNode cmdlet(ProxyFunction proxy) {
        ObjectNode node = F.objectNode();
        node.put("cmdlet", proxy.name());
        if (proxy.binding().defaultParameterSet() != null) {
            node.put("defaultParameterSet", proxy.binding().defaultParameterSet());
        }
        ArrayNode parameters = node.putArray("parameters");
        for (ProxyParameter parameter : proxy.parameters()) {
            parameters.add(parameter(parameter));
        }
        return node;
    }

    private static ObjectNode parameter(ProxyParameter parameter) {
        ObjectNode node = F.objectNode();
        node.put("name", parameter.name());
        node.put("type", parameter.type() == null ? "System.Object" : parameter.type());
        node.put("isSwitch", parameter.isSwitch());
        ArrayNode sets = node.putArray("parameterSets");
        List<ParameterAttribute> attributes = parameter.attributes().isEmpty()
                ? List.of(new ParameterAttribute(null, false, null, false, false)) : parameter.attributes();
        for (ParameterAttribute attribute : attributes) {
            ObjectNode set = sets.addObject();
            set.put("name", attribute.setName() == null ? Cmdlet.ALL_PARAMETER_SETS : attribute.setName());
            set.put("mandatory", attribute.mandatory());
            if (attribute.position() == null) {
                set.putNull("position");
            } else {
                set.put("position", attribute.position());
            }
            set.put("valueFromPipeline", attribute.valueFromPipeline());
            set.put("valueFromPipelineByPropertyName", attribute.valueFromPipelineByPropertyName());
        }
        ArrayNode validateSet = node.putArray("validateSet");
        parameter.validateSet().forEach(validateSet::add);
        ArrayNode aliases = node.putArray("aliases");
        parameter.aliases().forEach(aliases::add);
        return node;
    }
}
