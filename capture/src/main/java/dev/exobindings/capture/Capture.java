package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.capture.client.ModuleFileClient;
import dev.exobindings.capture.client.ServiceDownload;
import dev.exobindings.capture.merge.CaptureMerger;
import dev.exobindings.capture.merge.CaptureMerger.CaptureMerge;
import dev.exobindings.capture.merge.CapturedTraits;
import dev.exobindings.capture.merge.ProxyCatalog;
import dev.exobindings.capture.psm1.ModuleParseException;
import dev.exobindings.capture.psm1.ModuleParser;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.ProxyFunction;
import dev.exobindings.capture.psm1.SourceText;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.catalog.CatalogImport;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.http.NoRedirects;
import dev.exobindings.runtime.http.TenantName;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Captures a tenant's cmdlet surface from the service itself: signs in, downloads the module text and
 * {@code $metadata}, parses the text, merges it with the docs facts of a snapshot and, if asked, writes the
 * snapshot and its companions. Nothing is written unless every step succeeded.
 * <pre>{@code
 * CaptureResult r = Capture.builder()
 *         .tenant("contoso.onmicrosoft.com")
 *         .credentials(MsalCredentials.certificate(appId, pfx, password))
 *         .outputDirectory(Path.of("snapshots"))
 *         .run();
 * }</pre>
 * Failures are {@link CaptureException}s with one clear message per case.
 */
public final class Capture {
    private Capture() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of one capture. */
    public static final class Builder {
        private String tenant;
        private Cloud cloud = Cloud.COMMERCIAL;
        private URI endpoint;
        private Credentials credentials;
        private String moduleVersion = "3.9.2";
        private Duration timeout = Duration.ofMinutes(5);
        private HttpClient httpClient;
        private String snapshotName = "exchange-online-capture";
        private LocalDate captureDate;
        private Snapshot docs;
        private Path outputDirectory;

        private Builder() {
        }

        /**
         * Initial domain or GUID. Required.
         *
         * @throws IllegalArgumentException when it is neither (a space, a URL, a slash …): it becomes a path
         *                                  segment of both downloads and part of the sign-in authority
         */
        public Builder tenant(String value) {
            tenant = TenantName.check(value, "Capture.builder().tenant(…)");
            return this;
        }

        /** Cloud (default commercial): host, login authority and scope. */
        public Builder cloud(Cloud value) {
            cloud = Objects.requireNonNull(value, "cloud");
            return this;
        }

        /** Another REST host (https, or http to a loopback address), as the client builder accepts. */
        public Builder endpoint(URI value) {
            endpoint = Endpoint.checkOverride(value);
            return this;
        }

        /** How to sign in. Required. */
        public Builder credentials(Credentials value) {
            credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /** The module version to announce (default 3.9.2). */
        public Builder moduleVersion(String value) {
            moduleVersion = Objects.requireNonNull(value, "moduleVersion");
            return this;
        }

        /** Per-request timeout (default 5 minutes; the module text is about 2 MB). */
        public Builder timeout(Duration value) {
            timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /**
         * A caller-owned HttpClient. It must not follow redirects: the JDK's client resends every header, the
         * bearer token included, to whatever host a 3xx names.
         *
         * @throws IllegalArgumentException when {@code value.followRedirects()} is not {@code NEVER}
         */
        public Builder httpClient(HttpClient value) {
            httpClient = NoRedirects.require(value);
            return this;
        }

        /** Name of the snapshot and its files (lower-case words joined by '-'; default exchange-online-capture). */
        public Builder snapshotName(String value) {
            if (value == null || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("snapshotName must be lower-case words joined by '-', e.g. "
                        + "contoso-capture; got '" + value + "'");
            }
            snapshotName = value;
            return this;
        }

        /** Capture date recorded in the snapshot (default today, UTC). */
        public Builder captureDate(LocalDate value) {
            captureDate = Objects.requireNonNull(value, "captureDate");
            return this;
        }

        /** The snapshot whose docs facts are merged in (default the bundled Exchange Online snapshot). */
        public Builder docsSnapshot(Snapshot value) {
            docs = Objects.requireNonNull(value, "docsSnapshot");
            return this;
        }

        /** Folder to write the snapshot and its companions to; unset = write nothing, return the result only. */
        public Builder outputDirectory(Path value) {
            outputDirectory = Objects.requireNonNull(value, "outputDirectory");
            return this;
        }

        /** Downloads, parses, merges and (with an output folder) writes. */
        public CaptureResult run() {
            if (tenant == null) {
                throw new IllegalStateException("Capture.builder().tenant(…) is required");
            }
            if (credentials == null) {
                throw new IllegalStateException("Capture.builder().credentials(…) is required");
            }
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER).build();
            URI base = endpoint != null ? endpoint : cloud.restBase();
            ServiceDownload download = new ModuleFileClient(tenant, cloud, base, credentials, moduleVersion, timeout,
                    http).download();
            return process(download, "tenant " + tenant + " at " + base.getHost());
        }

        /** Parses, merges and (with an output folder) writes what an earlier download saved. */
        public CaptureResult process(ServiceDownload download, String origin) {
            ModuleText module;
            try {
                module = ModuleParser.parse(new SourceText(download.moduleFileName() + " of " + origin,
                        download.moduleText()));
            } catch (ModuleParseException e) {
                throw new CaptureException(Kind.UNPARSABLE_MODULE, "The module text cannot be read: "
                        + e.getMessage(), e);
            }
            Snapshot docsSnapshot = docs != null ? docs : BundledSnapshots.exchangeOnline();
            CatalogImport captured = ProxyCatalog.cmdlets(module, docsSnapshot.header().product());
            Map<String, CapturedTraits> traits = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (ProxyFunction proxy : module.proxies()) {
                traits.put(proxy.name(), CapturedTraits.of(proxy, module.constants()));
            }
            LocalDate date = captureDate != null ? captureDate : LocalDate.now(ZoneOffset.UTC);
            CaptureMerge merge = CaptureMerger.merge(snapshotName, docsSnapshot.header().product(),
                    origin + ", " + date, captured.cmdlets(), docsSnapshot.cmdlets(), captured.notes());
            Snapshot snapshot = snapshot(docsSnapshot, date, merge.cmdlets(), merge);
            CaptureResult result = new CaptureResult(snapshot, module, traits, merge.report(), merge.provenance(),
                    download, List.of());
            if (outputDirectory == null) {
                return result;
            }
            List<Path> written = CaptureFiles.write(outputDirectory, result);
            return new CaptureResult(snapshot, module, traits, merge.report(), merge.provenance(), download, written);
        }

        private Snapshot snapshot(Snapshot docsSnapshot, LocalDate date, List<Cmdlet> cmdlets, CaptureMerge merge) {
            Map<String, Integer> counts = new TreeMap<>();
            counts.put("cmdlets", cmdlets.size());
            counts.put("parameters", cmdlets.stream().mapToInt(c -> c.parameters().size()).sum());
            counts.put("cmdletsInBothSources", merge.report().merge().inBothSources().size());
            counts.put("cmdletsOnlyInCapture", merge.report().merge().onlyInCatalog().size());
            counts.put("docsCmdletsAbsentFromCapture", merge.report().absentFromCapture().size());
            counts.put("mergeConflicts", merge.report().merge().conflicts().size());
            Product product = docsSnapshot.header().product();
            // The header lists repository sources; the capture itself is recorded per cmdlet (source "capture").
            Header header = new Header(Header.CURRENT_FORMAT_VERSION, snapshotName, product, date.toString(),
                    docsSnapshot.header().sources().stream().filter(s -> s.kind() == SourceKind.DOCS).toList(),
                    counts);
            return new Snapshot(header, cmdlets);
        }
    }
}
