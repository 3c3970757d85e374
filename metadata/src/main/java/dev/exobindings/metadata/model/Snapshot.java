package dev.exobindings.metadata.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metadata snapshot: the contract between capture (importers) and generation.
 * Holds facts only — names, types, flags, parameter sets — never description prose.
 */
public record Snapshot(Header header, List<Cmdlet> cmdlets) {
    public Snapshot {
        Objects.requireNonNull(header, "header");
        cmdlets = List.copyOf(cmdlets == null ? List.of() : cmdlets);
    }

    /** Finds a cmdlet by name, case-insensitively as PowerShell does. */
    public Optional<Cmdlet> cmdlet(String name) {
        return cmdlets.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }
}
