package dev.exobindings.runtime;

import dev.exobindings.runtime.failure.Idempotency;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the generator knew about one cmdlet, handed to the runtime so it never rediscovers it by name: whether it
 * supports ShouldProcess and with which {@code ConfirmImpact}, whether the module batches it, the parameter that
 * supplies its custom-routing hint, and its HTTP timeout. Generated classes hold one as {@code DESCRIPTOR}; a
 * request built with {@code CmdletRequest.of(name)} gets {@link #unknown(String)}.
 *
 * <p>When the traits are unknown (a cmdlet newer than the module the snapshot was built from) the runtime is
 * careful: a ShouldProcess cmdlet is confirmed as a {@link ConfirmImpact#HIGH} one, the cmdlet may be batched, it
 * has no routing hint and gets the module's default timeout. When even ShouldProcess is unknown
 * ({@link #unknown(String)}), -WhatIf and -Confirm are not refused (they are sent as asked; a cmdlet without them
 * answers with a parameter-binding error and does not run), and {@link #confirmsByDefault()} treats every cmdlet
 * whose verb is not a read verb as a ShouldProcess cmdlet of High impact.
 */
public final class CmdletDescriptor {
    /** The module's default HTTP timeout (960 s). */
    public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(960);

    /** A cmdlet's {@code ConfirmImpact}. */
    public enum ConfirmImpact { NONE, LOW, MEDIUM, HIGH }

    /** How the module turns the routing parameter's value into an anchor. */
    public enum RoutingRule {
        /** An address gives {@code SMTP:<value>}, a GUID {@code MBX:<guid>@<tenant id>}, anything else no hint. */
        MAILBOX_ID,
        /** The part before the first {@code :} is read with the mailbox-id rule. */
        FOLDER_ID
    }

    /**
     * The custom-routing hint of a cmdlet.
     *
     * @param parameter   the parameter whose value gives the hint (e.g. {@code Mailbox} for Get-MobileDeviceStatistics)
     * @param rule        how the value becomes an anchor
     * @param optInSwitch the proxy's client-side switch that asks for parameter-based routing on one call
     *                    ({@code UseCustomRouting}); never sent to the service; {@code null} when the cmdlet has none
     */
    public record Routing(String parameter, RoutingRule rule, String optInSwitch) {
        public Routing {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(rule, "rule");
        }
    }

    private static final Pattern CMDLET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+");
    private final String cmdletName;
    private final boolean traitsKnown;
    private final boolean shouldProcessKnown;
    private final boolean supportsShouldProcess;
    private final ConfirmImpact confirmImpact;
    private final boolean batchable;
    private final Routing routing;
    private final Duration httpTimeout;

    private CmdletDescriptor(String cmdletName, boolean traitsKnown, boolean shouldProcessKnown,
                             boolean supportsShouldProcess, ConfirmImpact confirmImpact, boolean batchable,
                             Routing routing, Duration httpTimeout) {
        this.cmdletName = checkedName(cmdletName);
        this.traitsKnown = traitsKnown;
        this.shouldProcessKnown = shouldProcessKnown;
        this.supportsShouldProcess = supportsShouldProcess;
        this.confirmImpact = confirmImpact;
        this.batchable = batchable;
        this.routing = routing;
        this.httpTimeout = Objects.requireNonNull(httpTimeout, "httpTimeout");
        if (httpTimeout.isNegative() || httpTimeout.isZero()) {
            throw new IllegalArgumentException("httpTimeout must be positive: " + httpTimeout);
        }
    }

    /**
     * The name goes into the request body and the {@code X-CmdletName} header, so a typo with a space, a non-ASCII
     * letter or a line break must fail here, naming it, rather than reach the service as a garbled header. The rule
     * is the snapshot format's (Verb-Noun, ASCII letters and digits), which every generated binding already meets.
     */
    private static String checkedName(String cmdletName) {
        Objects.requireNonNull(cmdletName, "cmdletName");
        if (!CMDLET_NAME.matcher(cmdletName).matches()) {
            throw new IllegalArgumentException("'" + cmdletName.replace("\r", "\\r").replace("\n", "\\n")
                    + "' is not a cmdlet name: use Verb-Noun in ASCII letters and digits, e.g. Get-Mailbox");
        }
        return cmdletName;
    }

    /** Starts a descriptor with known traits: no ShouldProcess, batchable, no routing, default timeout. */
    public static Builder builder(String cmdletName) {
        return new Builder(cmdletName);
    }

    /**
     * A descriptor whose module traits are unknown; {@code supportsShouldProcess} is what the docs or the caller
     * say.
     */
    public static CmdletDescriptor unknownTraits(String cmdletName, boolean supportsShouldProcess) {
        return new CmdletDescriptor(cmdletName, false, true, supportsShouldProcess, null, true, null,
                DEFAULT_HTTP_TIMEOUT);
    }

    /**
     * A descriptor of a cmdlet nothing is known about, not even whether it supports ShouldProcess (what
     * {@code CmdletRequest.of(name)} uses). It is taken as a ShouldProcess cmdlet of unknown impact: -WhatIf,
     * -Confirm and the confirmation handler are sent as asked, not refused; by default a cmdlet whose verb is not a
     * read verb (Get, Test, Search, …) is treated as High impact ({@link #confirmsByDefault()}), while a read verb
     * gets no Confirm key (most read cmdlets have no -Confirm, and the service would refuse the key).
     */
    public static CmdletDescriptor unknown(String cmdletName) {
        return new CmdletDescriptor(cmdletName, false, false, true, null, true, null, DEFAULT_HTTP_TIMEOUT);
    }

    /** The cmdlet name, e.g. {@code Remove-Mailbox}. */
    public String cmdletName() {
        return cmdletName;
    }

    /** Whether the traits below come from the module (else they are the careful defaults). */
    public boolean traitsKnown() {
        return traitsKnown;
    }

    /**
     * Whether {@link #supportsShouldProcess()} is known (from the module, the docs or the caller); false only for
     * {@link #unknown(String)}.
     */
    public boolean shouldProcessKnown() {
        return shouldProcessKnown;
    }

    /**
     * Whether the cmdlet supports {@code -Confirm}/{@code -WhatIf}; also true when that is not known
     * ({@link #shouldProcessKnown()} false), so that -WhatIf and -Confirm are sent rather than refused.
     */
    public boolean supportsShouldProcess() {
        return supportsShouldProcess;
    }

    /**
     * The effective {@code ConfirmImpact}: {@link ConfirmImpact#NONE} without ShouldProcess, {@code null} when a
     * ShouldProcess cmdlet's impact is unknown.
     */
    public ConfirmImpact confirmImpact() {
        return supportsShouldProcess ? confirmImpact : ConfirmImpact.NONE;
    }

    /**
     * Whether the module would prompt for this cmdlet under the default {@code $ConfirmPreference} (High): a
     * ShouldProcess cmdlet of impact {@code High}, or of unknown impact. When whether it supports ShouldProcess is
     * unknown, every cmdlet whose verb is not a read verb (Get, Test, Search, Export, Find, Resolve, Read, Compare,
     * Measure, Trace): High impact is the careful assumption for a write.
     */
    public boolean confirmsByDefault() {
        if (!shouldProcessKnown) {
            return !Idempotency.isReadVerb(cmdletName);
        }
        return supportsShouldProcess && (confirmImpact == null || confirmImpact == ConfirmImpact.HIGH);
    }

    /** Whether the module may send the cmdlet inside a {@code $batch} request. */
    public boolean batchable() {
        return batchable;
    }

    /** The custom-routing hint, or {@code null} when the cmdlet has none. */
    public Routing routing() {
        return routing;
    }

    /** The HTTP timeout the module applies to the cmdlet. */
    public Duration httpTimeout() {
        return httpTimeout;
    }

    /** Parameters that steer the client and are never sent ({@code UseCustomRouting}). */
    public Set<String> clientSideParameters() {
        return routing == null || routing.optInSwitch() == null ? Set.of() : Set.of(routing.optInSwitch());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CmdletDescriptor d && cmdletName.equals(d.cmdletName) && traitsKnown == d.traitsKnown
                && shouldProcessKnown == d.shouldProcessKnown
                && supportsShouldProcess == d.supportsShouldProcess && confirmImpact == d.confirmImpact
                && batchable == d.batchable && Objects.equals(routing, d.routing) && httpTimeout.equals(d.httpTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cmdletName, traitsKnown, shouldProcessKnown, supportsShouldProcess, confirmImpact,
                batchable, routing, httpTimeout);
    }

    @Override
    public String toString() {
        return "CmdletDescriptor[" + cmdletName + (traitsKnown ? "" : ", traits unknown")
                + (!shouldProcessKnown ? ", ShouldProcess unknown" : supportsShouldProcess ? ", ShouldProcess "
                + confirmImpact : "") + (batchable ? "" : ", not batchable")
                + (routing == null ? "" : ", routing " + routing) + ", timeout " + httpTimeout.toSeconds() + "s]";
    }

    /** Builds a descriptor with known traits; generated code calls it once per cmdlet class. */
    public static final class Builder {
        private final String cmdletName;
        private boolean supportsShouldProcess;
        private ConfirmImpact confirmImpact;
        private boolean batchable = true;
        private Routing routing;
        private Duration httpTimeout = DEFAULT_HTTP_TIMEOUT;

        private Builder(String cmdletName) {
            this.cmdletName = Objects.requireNonNull(cmdletName, "cmdletName");
        }

        /** The cmdlet supports ShouldProcess with this effective impact. */
        public Builder shouldProcess(ConfirmImpact impact) {
            this.supportsShouldProcess = true;
            this.confirmImpact = Objects.requireNonNull(impact, "impact");
            return this;
        }

        /** Whether the module batches the cmdlet (default true). */
        public Builder batchable(boolean value) {
            this.batchable = value;
            return this;
        }

        /** The custom-routing hint; {@code optInSwitch} may be null. */
        public Builder routing(String parameter, RoutingRule rule, String optInSwitch) {
            this.routing = new Routing(parameter, rule, optInSwitch);
            return this;
        }

        /** The module's HTTP timeout for the cmdlet, in seconds. */
        public Builder httpTimeoutSeconds(long seconds) {
            this.httpTimeout = Duration.ofSeconds(seconds);
            return this;
        }

        public CmdletDescriptor build() {
            return new CmdletDescriptor(cmdletName, true, true, supportsShouldProcess, confirmImpact, batchable, routing,
                    httpTimeout);
        }
    }
}
