/**
 * exo-bindings runtime: runs Exchange Online cmdlets over the REST InvokeCommand endpoint.
 *
 * <p>Exported: what generated code and users call — the client and requests/results (root package), sign-in
 * ({@code auth}), clouds and services, typed errors, events, the host rules users configure ({@code host}), typed
 * result models, the retry policy, secret encoders and parameter value types.
 * Not exported: the HTTP layer, paging, request-body encoding, failure classification, limits, row mapping and
 * log redaction, which may change without notice. {@code runtime/api/runtime-api.txt} lists every exported
 * signature; a test fails the build when it changes unannounced.
 */
module dev.exobindings.runtime {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires com.microsoft.aad.msal4j;
    requires org.slf4j;
    requires java.xml;

    exports dev.exobindings.runtime;
    exports dev.exobindings.runtime.auth;
    exports dev.exobindings.runtime.cloud;
    exports dev.exobindings.runtime.error;
    exports dev.exobindings.runtime.event;
    exports dev.exobindings.runtime.host;
    exports dev.exobindings.runtime.model;
    exports dev.exobindings.runtime.retry;
    exports dev.exobindings.runtime.secret;
    exports dev.exobindings.runtime.value;
}
