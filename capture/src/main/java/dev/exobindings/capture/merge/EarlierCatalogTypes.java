package dev.exobindings.capture.merge;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives a parameter that the module text leaves untyped the type that the docs snapshot's service catalog (or an
 * earlier capture) declared for it. The proxies write only PowerShell-level types, so without this a cmdlet the docs
 * do not describe would lose, on every capture, types such as {@code IPAddress} that the catalog knew, and the diff
 * against the earlier snapshot would report a breaking retype that the service never made.
 */
final class EarlierCatalogTypes {
    /** The type {@code ProxyCatalog} gives an untyped proxy parameter, as the snapshot normalises it. */
    static final String UNTYPED = "Object";

    private EarlierCatalogTypes() {
    }

    /**
     * @param captured the merged cmdlet
     * @param earlier  the same cmdlet in the docs snapshot, if it has it
     * @param filled   receives one line per parameter whose type was taken from {@code earlier}
     * @return {@code captured}, with the earlier catalog's type on each parameter the module text left untyped
     */
    static Cmdlet fill(Cmdlet captured, Optional<Cmdlet> earlier, List<String> filled) {
        if (earlier.isEmpty() || !fromService(earlier.get())) {
            return captured;
        }
        List<Parameter> parameters = new ArrayList<>(captured.parameters().size());
        boolean changed = false;
        for (Parameter p : captured.parameters()) {
            Optional<Parameter> known = earlier.get().parameter(p.name())
                    .filter(e -> UNTYPED.equals(p.type()) && !p.multiValued() && !UNTYPED.equals(e.type())
                            && e.isSwitch() == p.isSwitch());
            if (known.isPresent()) {
                Parameter e = known.get();
                parameters.add(new Parameter(p.name(), e.type(), e.elementType(), e.multiValued(), p.isSwitch(),
                        p.aliases(), p.allowedValues(), p.valuesOrigin(), p.internal(), p.deprecated(), p.sets()));
                filled.add(captured.name() + " -" + p.name() + ": untyped in the module text; type " + e.type()
                        + (e.multiValued() ? " (several values)" : "") + " kept from the docs snapshot's catalog");
                changed = true;
            } else {
                parameters.add(p);
            }
        }
        if (!changed) {
            return captured;
        }
        return new Cmdlet(captured.name(), captured.verb(), captured.noun(), captured.product(),
                captured.defaultParameterSet(), captured.documentationUrl(), captured.supportsShouldProcess(),
                captured.sources(), captured.parameterSets(), parameters, captured.traits());
    }

    /** Whether the cmdlet's undocumented facts came from the service (its catalog or a capture), not from the docs. */
    private static boolean fromService(Cmdlet cmdlet) {
        return cmdlet.sources().contains(SourceKind.CATALOG) || cmdlet.sources().contains(SourceKind.CAPTURE);
    }
}
