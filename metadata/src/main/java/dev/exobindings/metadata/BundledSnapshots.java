package dev.exobindings.metadata;

import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snapshots shipped inside this jar, built from the public docs and module catalog (see NOTICE). Each is read
 * once, then cached. They were validated when the jar was built ({@code BundledSnapshotsTest} reads every one through
 * the validating reader and compares), so loading them skips the validator's walk: it is a cold start's cost that
 * buys nothing for a file that cannot change.
 *
 * <pre>{@code
 * Snapshot exo = BundledSnapshots.exchangeOnline();
 * Cmdlet getMailbox = exo.cmdlet("Get-Mailbox").orElseThrow();
 * }</pre>
 */
public final class BundledSnapshots {
    /** Name of the Exchange Online snapshot. */
    public static final String EXCHANGE_ONLINE = "exchange-online";
    /** Name of the Security &amp; Compliance snapshot. */
    public static final String SECURITY_COMPLIANCE = "security-compliance";

    private static final String RESOURCE_FOLDER = "/dev/exobindings/metadata/snapshots/";
    private static final List<String> NAMES = List.of(EXCHANGE_ONLINE, SECURITY_COMPLIANCE);
    private static final Map<String, Snapshot> CACHE = new ConcurrentHashMap<>();
    /** The package each prebuilt bindings jar ({@code bindings-<name>} module) is generated into. */
    private static final Map<String, String> PREBUILT_PACKAGES = Map.of(
            EXCHANGE_ONLINE, "dev.exobindings.exo",
            SECURITY_COMPLIANCE, "dev.exobindings.scc");

    private BundledSnapshots() {
    }

    /** The Exchange Online snapshot (module catalog merged with the docs). */
    public static Snapshot exchangeOnline() {
        return load(EXCHANGE_ONLINE);
    }

    /** The Security &amp; Compliance snapshot (docs only). */
    public static Snapshot securityCompliance() {
        return load(SECURITY_COMPLIANCE);
    }

    /** Names accepted by {@link #load(String)}. */
    public static List<String> names() {
        return NAMES;
    }

    /** Loads a bundled snapshot by name; throws {@link IllegalArgumentException} listing the valid names. */
    public static Snapshot load(String name) {
        requireName(name);
        return CACHE.computeIfAbsent(name, BundledSnapshots::read);
    }

    private static void requireName(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown bundled snapshot '" + name + "'; valid names: "
                    + String.join(", ", NAMES));
        }
    }

    /**
     * The Java package of the prebuilt bindings jar generated from a bundled snapshot ({@code
     * exo-bindings-exchange-online}: {@code dev.exobindings.exo}); what the translator imports from when it is not
     * told a package, so that its output compiles against the dependency most users add.
     */
    public static String prebuiltBindingsPackage(String name) {
        requireName(name);
        return PREBUILT_PACKAGES.get(name);
    }

    /** The classpath resource of a bundled snapshot, e.g. {@code /dev/exobindings/metadata/snapshots/exchange-online.json}. */
    public static String resourcePath(String name) {
        return RESOURCE_FOLDER + name + ".json";
    }

    private static Snapshot read(String name) {
        String resource = resourcePath(name);
        try (InputStream in = BundledSnapshots.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled snapshot " + resource + " is missing from the classpath;"
                        + " rebuild exo-bindings-metadata");
            }
            return SnapshotReader.readValidatedAtBuild(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled snapshot " + resource, e);
        }
    }
}
