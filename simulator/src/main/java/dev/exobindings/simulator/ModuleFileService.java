package dev.exobindings.simulator;

import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.simulator.cmdlets.CallerRole;
import dev.exobindings.simulator.http.ModuleFiles;
import dev.exobindings.simulator.protocol.ModuleTraits;
import dev.exobindings.simulator.protocol.Psm1Writer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves the module text trimmed to the caller's role, as the service does: a token with a role (see
 * {@link ExoSimulator.Builder#role}) sees only its cmdlets, other tokens see what {@code allowedCmdlets} allows
 * (everything when empty); InvokeCommand refuses the same cmdlets ({@code CallerRoles}). Texts are cached per role
 * and {@code CommandName} value.
 */
final class ModuleFileService implements ModuleFiles {
    private final Snapshot snapshot;
    private final Function<Cmdlet, ModuleTraits> traits;
    private final Supplier<String> publicKeyXml;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private volatile String csdl;

    ModuleFileService(Snapshot snapshot, Function<Cmdlet, ModuleTraits> traits, Supplier<String> publicKeyXml) {
        this.snapshot = snapshot;
        this.traits = traits;
        this.publicKeyXml = publicKeyXml;
    }

    @Override
    public String moduleText(CallerRole role, String commandNames) {
        if (role.none()) {
            return null;
        }
        String wanted = commandNames == null || commandNames.isBlank() ? "*" : commandNames.trim();
        String key = (role.everything() ? "*" : String.join(",", role.cmdlets())) + "|" + wanted;
        return cache.computeIfAbsent(key, k -> write(role, wanted));
    }

    private String write(CallerRole role, String wanted) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!wanted.equals("*")) {
            names.addAll(List.of(wanted.split("\\s*,\\s*")));
        }
        // the module's client-side cmdlets (Connect-ExchangeOnline, Get-EXOMailbox…) are never in the text it downloads
        List<Cmdlet> visible = snapshot.cmdlets().stream()
                .filter(c -> ClientSideCmdlets.reason(c.name()).isEmpty())
                .filter(c -> role.allows(c.name()))
                .filter(c -> names.isEmpty() || names.contains(c.name()))
                .toList();
        return Psm1Writer.write(visible, publicKeyXml.get(), traits);
    }

    @Override
    public String metadataXml() {
        String document = csdl;
        if (document == null) {
            document = BundledCsdl.exchangeOnline();
            csdl = document;
        }
        return document;
    }
}
