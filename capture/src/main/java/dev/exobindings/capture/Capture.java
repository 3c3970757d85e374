package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.capture.client.ComplianceHost;
import dev.exobindings.capture.client.ModuleFileClient;
import dev.exobindings.capture.client.ServiceDownload;
import dev.exobindings.capture.client.ServiceHost;
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
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.host.RegionalHostRules;
import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.http.NoRedirects;
import dev.exobindings.runtime.http.TenantName;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
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
        private Service service;
        private RegionalHostRules regionalHosts;
        private String snapshotName;
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

        /**
         * The admin service to capture (default: the product of {@link #docsSnapshot(Snapshot)} when one is given,
         * else Exchange Online). {@link Service#SECURITY_COMPLIANCE} signs in with
         * the compliance scope and downloads from the tenant's regional host, discovered as the runtime's client
         * discovers it (unless {@link #endpoint(URI)} names the host); the docs facts then come from the bundled
         * Security &amp; Compliance snapshot, and the default name is {@code security-compliance-capture}.
         */
        public Builder service(Service value) {
            service = Objects.requireNonNull(value, "service");
            return this;
        }

        /**
         * Another REST host to download from (https, or http to a loopback address), as the client builder accepts;
         * for Security &amp; Compliance the regional host itself, so nothing is discovered.
         */
        public Builder endpoint(URI value) {
            endpoint = Endpoint.checkOverride(value);
            return this;
        }

        /**
         * The Security &amp; Compliance host rules for discovery (default: the cloud's), e.g.
         * {@code RegionalHostRules.loopback(…)} for a local simulator; as
         * {@code ExchangeClientBuilder.regionalHosts}.
         */
        public Builder regionalHosts(RegionalHostRules value) {
            regionalHosts = Objects.requireNonNull(value, "regionalHosts");
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

        /**
         * Name of the snapshot and its files (lower-case words joined by '-'; default exchange-online-capture, or
         * security-compliance-capture).
         */
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

        /**
         * The snapshot whose docs facts are merged in (default the bundled snapshot of the service); it must
         * describe the captured service.
         */
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
            checkDocsProduct();
            checkOutputFolder();
            HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER).build();
            Service captured = service();
            ServiceHost host = endpoint != null ? ServiceHost.fixed(endpoint)
                    : captured == Service.EXCHANGE_ONLINE ? ServiceHost.fixed(cloud.restBase())
                    : ComplianceHost.discovered(tenant, cloud, regionalHosts, http);
            ServiceDownload download = new ModuleFileClient(tenant, cloud, captured, host, credentials, moduleVersion,
                    timeout, http).download();
            return process(download, "tenant " + tenant + " at " + download.moduleUri().getHost());
        }

        /** A file where the output folder goes fails now, not after the download. */
        private void checkOutputFolder() {
            if (outputDirectory != null && Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
                throw new CaptureException(CaptureException.Kind.OUTPUT, "The output " + outputDirectory + " is a file,"
                        + " not a folder; nothing was downloaded. Give a folder (it is created if missing).");
            }
        }

        /** The service given, else the one the given docs snapshot describes, else Exchange Online. */
        private Service service() {
            if (service != null) {
                return service;
            }
            return docs != null ? ServiceProducts.serviceOf(docs.header().product()) : Service.EXCHANGE_ONLINE;
        }

        /** The snapshot's name: the one given, else the service's default. */
        private String name() {
            if (snapshotName != null) {
                return snapshotName;
            }
            return service() == Service.SECURITY_COMPLIANCE ? "security-compliance-capture" : "exchange-online-capture";
        }

        /** The bundled snapshot of the service, unless one was given. */
        private Snapshot docsSnapshot() {
            if (docs != null) {
                return docs;
            }
            return service() == Service.SECURITY_COMPLIANCE ? BundledSnapshots.securityCompliance()
                    : BundledSnapshots.exchangeOnline();
        }

        /** A docs snapshot of the other product would type the capture with the wrong cmdlets' facts. */
        private void checkDocsProduct() {
            Product expected = ServiceProducts.productOf(service());
            Product given = docsSnapshot().header().product();
            if (given != expected) {
                throw new IllegalStateException("Capture.builder().docsSnapshot(…) is a " + given + " snapshot, but"
                        + " the service captured is " + service() + ": give a snapshot of that product, or leave"
                        + " docsSnapshot out to use the bundled one");
            }
        }

        /** Parses, merges and (with an output folder) writes what an earlier download saved. */
        public CaptureResult process(ServiceDownload download, String origin) {
            MetadataCheck.check(download.metadataXml(), origin);
            SourceText source = SourceText.downloaded(download.moduleFileName() + " of " + origin,
                    download.moduleText());
            ModuleText module;
            try {
                module = ModuleParser.parse(source);
            } catch (ModuleParseException e) {
                throw new CaptureException(Kind.UNPARSABLE_MODULE, "The module text cannot be read: "
                        + e.getMessage(), e);
            }
            ModuleCompleteness.check(module, source);
            Snapshot docsSnapshot = docsSnapshot();
            CatalogImport captured = ProxyCatalog.cmdlets(module, docsSnapshot.header().product());
            ModuleProductCheck.check(captured.cmdlets(), docsSnapshot);
            Map<String, CapturedTraits> traits = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (ProxyFunction proxy : module.proxies()) {
                traits.put(proxy.name(), CapturedTraits.of(proxy, module.constants()));
            }
            LocalDate date = captureDate != null ? captureDate : LocalDate.now(ZoneOffset.UTC);
            CaptureMerge merge = CaptureMerger.merge(name(), docsSnapshot.header().product(),
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
            Header header = new Header(Header.CURRENT_FORMAT_VERSION, name(), product, date.toString(),
                    docsSnapshot.header().sources().stream().filter(s -> s.kind() == SourceKind.DOCS).toList(),
                    counts);
            return new Snapshot(header, cmdlets);
        }
    }
}
