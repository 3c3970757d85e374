package dev.exobindings.capture.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureException.Kind;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the service's answers into the module text or into one clear {@link CaptureException} per case. */
final class ServiceAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceAnswers() {
    }

    /** The failure for a non-2xx answer. */
    static CaptureException failure(int status, byte[] body, URI uri, String tenant, String what) {
        String detail = serviceMessage(body);
        String said = detail.isEmpty() ? "" : " The service said: " + detail;
        String folded = detail.toLowerCase(Locale.ROOT);
        if (status == 404 && (folded.contains("tenant") || folded.contains("organization"))) {
            return new CaptureException(Kind.UNKNOWN_TENANT, "Tenant '" + tenant + "' does not exist at " + host(uri)
                    + " (HTTP 404)." + said + " Give the tenant's initial domain (contoso.onmicrosoft.com) or its "
                    + "GUID, and the cloud it lives in.");
        }
        return switch (status) {
            case 401 -> new CaptureException(Kind.UNAUTHORIZED, "The service refused the token for " + what
                    + " (HTTP 401)." + said + " The token is expired, issued for another tenant than '" + tenant
                    + "', or for another resource than " + host(uri) + "; sign in again to that tenant and cloud.");
            case 403 -> new CaptureException(Kind.FORBIDDEN, "The signed-in account may not download " + what
                    + " (HTTP 403): it holds no Exchange role that allows it." + said + " Give it an Exchange role "
                    + "(for example Exchange Administrator or Global Reader), or for an application "
                    + "Exchange.ManageAsApp plus a role group, then capture again.");
            default -> new CaptureException(Kind.SERVICE, "The service answered HTTP " + status + " for " + what
                    + " at " + uri + "." + said);
        };
    }

    /**
     * The failure for a 3xx: the endpoint is a front door (Security &amp; Compliance's sends each tenant to its
     * regional host). The capture does not follow it with the token, so it names where it pointed and the fix.
     */
    static CaptureException redirected(int status, String location, URI uri, String what) {
        return new CaptureException(Kind.SERVICE, "The service answered HTTP " + status + " for " + what + " at "
                + uri + ", a redirect" + (location == null ? "" : " to " + hostOf(location)) + ": the endpoint is a front door,"
                + " not the host that serves the tenant. The token is not sent on to where it points. Fix: give that"
                + " host as the endpoint (for Security & Compliance the regional host, e.g. the simulator's"
                + " regional-uri), or leave the endpoint out so that the capture finds the host itself.");
    }

    /** The module entry of a 200 answer of EXOModuleFile. */
    static ServiceDownload module(byte[] body, URI uri, String metadataXml) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw noModule(uri, "the answer is not JSON (" + body.length + " bytes)");
        }
        JsonNode value = root == null ? null : root.get("value");
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw noModule(uri, "the JSON answer has no 'value' array of files");
        }
        JsonNode chosen = null;
        List<String> exported = new ArrayList<>();
        for (JsonNode file : value) {
            JsonNode content = file.get("fileContent");
            if (content != null && content.isTextual() && !content.textValue().isBlank()
                    && (chosen == null || file.path("fileName").asText().toLowerCase(Locale.ROOT).endsWith(".psm1"))) {
                chosen = file;
            }
            JsonNode list = file.get("exportedCmdlets");
            if (list != null && list.isTextual()) {
                for (String name : list.textValue().split(",")) {
                    if (!name.isBlank()) {
                        exported.add(name.strip());
                    }
                }
            }
        }
        if (chosen == null) {
            throw noModule(uri, "no entry of 'value' carries a non-empty 'fileContent'");
        }
        return new ServiceDownload(uri, chosen.path("fileName").asText("ExchangeOnline.psm1"),
                chosen.get("fileContent").textValue(), exported, metadataXml);
    }

    private static CaptureException noModule(URI uri, String why) {
        return new CaptureException(Kind.NO_MODULE, "The answer from " + uri + " holds no module text: " + why
                + ". Check that the endpoint is the Exchange Online admin API of the right cloud.");
    }

    /** The OData error message of a body, or the start of a plain-text body; never the whole body. */
    static String serviceMessage(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String message = error.path("message").asText("");
            if (!message.isEmpty()) {
                return message;
            }
        } catch (IOException e) {
            // not JSON: fall through to the text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Only the host a Location names: its path or query may carry what a log should not (a hostile echo). */
    private static String hostOf(String location) {
        try {
            URI target = URI.create(location.strip());
            return target.getHost() == null ? "a relative location" : host(target);
        } catch (IllegalArgumentException e) {
            return "a location that is not a URL";
        }
    }

    static String host(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
