package dev.exobindings.capture.merge;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts only the docs have, taken from a snapshot (the bundled one): cmdlets the docs describe, with their
 * declared types, prose value lists, flags and documentation URL. A {@code ValidateSet} list of the older catalog is
 * left out, so a list the service dropped does not come back under the capture's name.
 */
final class DocsFacts {
    private DocsFacts() {
    }

    static List<Cmdlet> of(List<Cmdlet> snapshotCmdlets) {
        List<Cmdlet> docs = new ArrayList<>();
        for (Cmdlet c : snapshotCmdlets) {
            if (!c.sources().contains(SourceKind.DOCS)) {
                continue;
            }
            List<Parameter> parameters = c.parameters().stream().map(DocsFacts::parameter).toList();
            docs.add(new Cmdlet(c.name(), c.verb(), c.noun(), c.product(), c.defaultParameterSet(),
                    c.documentationUrl(), c.supportsShouldProcess(), List.of(SourceKind.DOCS), c.parameterSets(),
                    parameters));
        }
        return docs;
    }

    private static Parameter parameter(Parameter p) {
        boolean fromDocs = p.valuesOrigin() == ValuesOrigin.DOCS_PROSE
                || p.valuesOrigin() == ValuesOrigin.DOCS_ACCEPTED_VALUES;
        return new Parameter(p.name(), p.type(), p.elementType(), p.multiValued(), p.isSwitch(), p.aliases(),
                fromDocs ? p.allowedValues() : List.of(), fromDocs ? p.valuesOrigin() : ValuesOrigin.NONE,
                p.internal(), p.deprecated(), p.sets());
    }
}
