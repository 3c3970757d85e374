package dev.exobindings.simulator.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tenant's distribution groups, in creation order. Callers hold the tenant lock while changing it. */
public final class GroupStore {
    private final Map<String, DistributionGroup> byName = new LinkedHashMap<>();

    /** Every group, in creation order. */
    public synchronized List<DistributionGroup> all() {
        return List.copyOf(byName.values());
    }

    /** Finds a group by name, alias, display name, address or GUID. */
    public synchronized Optional<DistributionGroup> find(String identity) {
        DistributionGroup direct = byName.get(identity.trim().toLowerCase(Locale.ROOT));
        if (direct != null) {
            return Optional.of(direct);
        }
        return byName.values().stream().filter(g -> g.isNamedBy(identity)).findFirst();
    }

    /** Whether a group already uses this name, alias or address. */
    public synchronized boolean taken(String nameOrAddress) {
        return find(nameOrAddress).isPresent();
    }

    /** Adds or replaces a group. */
    public synchronized void put(DistributionGroup group) {
        byName.put(group.name().toLowerCase(Locale.ROOT), group);
    }

    /** Removes a group. */
    public synchronized void remove(DistributionGroup group) {
        byName.remove(group.name().toLowerCase(Locale.ROOT));
    }

    /** Number of groups. */
    public synchronized int size() {
        return byName.size();
    }

    /** Names of every group, for tests and diagnostics. */
    public synchronized List<String> names() {
        return new ArrayList<>(byName.values().stream().map(DistributionGroup::name).toList());
    }
}
