package dev.exobindings.generator.testing;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small DSL for fixture snapshots built in code. */
public final class SnapshotBuilder {
    private final List<Cmdlet> cmdlets = new ArrayList<>();

    public static SnapshotBuilder snapshot() {
        return new SnapshotBuilder();
    }

    public SnapshotBuilder add(CmdletBuilder cmdlet) {
        cmdlets.add(cmdlet.build());
        return this;
    }

    public Snapshot build() {
        return new Snapshot(new Header(1, "fixture", Product.EXCHANGE_ONLINE, "2026-11-26", List.of(), null), cmdlets);
    }

    public static CmdletBuilder cmdlet(String name) {
        return new CmdletBuilder(name);
    }

    public static ParamBuilder param(String name, String type) {
        return new ParamBuilder(name, type);
    }

    /** Membership: optional, named. */
    public static ParameterSetMembership in(String set) {
        return new ParameterSetMembership(set, false, null, false, false);
    }

    public static ParameterSetMembership mandatory(String set) {
        return new ParameterSetMembership(set, true, null, false, false);
    }

    public static ParameterSetMembership mandatory(String set, int position) {
        return new ParameterSetMembership(set, true, position, true, true);
    }

    public static ParameterSetMembership positional(String set, int position) {
        return new ParameterSetMembership(set, false, position, true, false);
    }

    /** Builds one cmdlet. */
    public static final class CmdletBuilder {
        private final String name;
        private final List<String> sets = new ArrayList<>();
        private final List<Parameter> parameters = new ArrayList<>();
        private String defaultSet;
        private String url;
        private boolean shouldProcess;
        private CmdletTraits traits;

        CmdletBuilder(String name) {
            this.name = name;
            this.url = "https://learn.microsoft.com/powershell/module/exchangepowershell/" + name.toLowerCase();
        }

        public CmdletBuilder sets(String... names) {
            sets.addAll(Arrays.asList(names));
            return this;
        }

        public CmdletBuilder defaultSet(String set) {
            this.defaultSet = set;
            return this;
        }

        public CmdletBuilder url(String url) {
            this.url = url;
            return this;
        }

        public CmdletBuilder shouldProcess() {
            this.shouldProcess = true;
            return this;
        }

        /** Module traits; they also decide ShouldProcess. */
        public CmdletBuilder traits(CmdletTraits known) {
            this.traits = known;
            return this;
        }

        public CmdletBuilder param(ParamBuilder p) {
            parameters.add(p.build(sets));
            return this;
        }

        Cmdlet build() {
            int dash = name.indexOf('-');
            String verb = dash > 0 ? name.substring(0, dash) : name;
            String noun = dash > 0 ? name.substring(dash + 1) : "";
            List<String> setNames = sets.isEmpty() ? List.of(Cmdlet.ALL_PARAMETER_SETS) : sets;
            return new Cmdlet(name, verb, noun, Product.EXCHANGE_ONLINE, defaultSet, url, shouldProcess, List.of(),
                    setNames, parameters).withTraits(traits);
        }
    }

    /** Builds one parameter; without explicit memberships it is optional in every set. */
    public static final class ParamBuilder {
        private final String name;
        private final String type;
        private String elementType;
        private boolean multi;
        private List<String> values = List.of();
        private ValuesOrigin origin = ValuesOrigin.NONE;
        private List<String> aliases = List.of();
        private boolean internal;
        private boolean deprecated;
        private final List<ParameterSetMembership> memberships = new ArrayList<>();

        ParamBuilder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public ParamBuilder multi() {
            this.multi = true;
            return this;
        }

        public ParamBuilder element(String elementType) {
            this.elementType = elementType;
            return this;
        }

        public ParamBuilder values(ValuesOrigin origin, String... values) {
            this.origin = origin;
            this.values = List.of(values);
            return this;
        }

        public ParamBuilder aliases(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        public ParamBuilder internal() {
            this.internal = true;
            return this;
        }

        public ParamBuilder deprecated() {
            this.deprecated = true;
            return this;
        }

        public ParamBuilder sets(ParameterSetMembership... m) {
            memberships.addAll(Arrays.asList(m));
            return this;
        }

        Parameter build(List<String> cmdletSets) {
            List<ParameterSetMembership> sets = new ArrayList<>(memberships);
            if (sets.isEmpty()) {
                List<String> all = cmdletSets.isEmpty() ? List.of(Cmdlet.ALL_PARAMETER_SETS) : cmdletSets;
                all.forEach(s -> sets.add(in(s)));
            }
            boolean isSwitch = "SwitchParameter".equals(type);
            return new Parameter(name, type, elementType, multi, isSwitch, aliases, values, origin, internal,
                    deprecated, sets);
        }
    }
}
