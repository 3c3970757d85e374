package dev.exobindings.runtime.failure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.error.ErrorInfo;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every error body variant of protocol reference §(d): the OData {@code error} object whose
 * {@code details[0].message} is JSON with {@code ClassName}, JSON with {@code TypeName}, or {@code code|type|message};
 * {@code innererror.internalexception}; the {@code X-ExceptionType} header; plain text; HTML; empty bodies.
 */
public final class ErrorBodyParser {
    /** What the module says when the body explains nothing. */
    static final String NO_DETAILS = "The service returned no error details";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final int MAX_TEXT = 500;
    /** A cmdlet's own error message can list values at length; a body of 200 000 characters is not a message. */
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_FIELD = 200;

    private ErrorBodyParser() {
    }

    /**
     * Parses one failed response.
     *
     * @param exceptionTypeHeader the {@code X-ExceptionType} header or null
     */
    public static ErrorInfo parse(int status, String body, String exceptionTypeHeader, String serverRequestId,
                                  String cmdlet, String clientRequestId) {
        Fields f = new Fields();
        String text = body == null ? "" : body.strip();
        JsonNode root = text.startsWith("{") ? readJson(text) : null;
        if (root != null && root.path("error").isObject()) {
            readODataError(root.path("error"), f);
        } else if (root != null && root.hasNonNull("Message")) {
            readSerializedException(root, f);
        } else if (!text.isEmpty()) {
            f.message = looksLikeHtml(text) ? htmlText(text) : clip(text);
        }
        if (f.exceptionType == null && exceptionTypeHeader != null && !exceptionTypeHeader.isBlank()) {
            f.exceptionType = exceptionTypeHeader.trim();
        }
        if (f.message == null || f.message.isBlank()) {
            f.message = NO_DETAILS + (status > 0 ? " (HTTP " + status + ")" : "");
        }
        // the service's words go into exception messages and log lines: bounded, and no line breaks or terminal
        // escapes an answer could use to forge a log line
        return new ErrorInfo(status, ServiceText.of(f.code, MAX_FIELD), ServiceText.of(f.exceptionType, MAX_FIELD),
                ServiceText.of(f.message, MAX_MESSAGE), ServiceText.of(f.target, MAX_FIELD),
                ServiceText.of(f.category, MAX_FIELD), ServiceText.of(f.stringId, MAX_FIELD), cmdlet,
                clientRequestId, serverRequestId);
    }

    private static void readODataError(JsonNode error, Fields f) {
        f.code = textOrNull(error.get("code"));
        String topMessage = textOrNull(error.get("message"));
        JsonNode detail = error.path("details").path(0);
        if (detail.isObject()) {
            f.category = textOrNull(detail.get("code"));
            f.target = textOrNull(detail.get("target"));
            readDetailMessage(textOrNull(detail.get("message")), f);
        }
        JsonNode inner = error.path("innererror");
        if (f.message == null) {
            f.message = textOrNull(inner.path("internalexception").get("message"));
        }
        if (f.exceptionType == null) {
            String innerType = textOrNull(inner.path("internalexception").get("type"));
            f.exceptionType = innerType != null ? innerType : textOrNull(inner.get("type"));
        }
        if (f.message == null) {
            f.message = textOrNull(inner.get("message"));
        }
        if (f.message == null) {
            f.message = topMessage;
        }
    }

    private static void readDetailMessage(String message, Fields f) {
        if (message == null || message.isBlank()) {
            return;
        }
        String m = message.strip();
        JsonNode json = m.startsWith("{") ? readJson(m) : null;
        if (json != null && (json.has("ClassName") || json.has("TypeName") || json.has("Message"))) {
            readSerializedException(json, f);
            return;
        }
        String[] parts = m.split("\\|", 3);
        if (parts.length == 3 && !parts[1].isBlank() && !parts[1].contains(" ")) {
            f.stringId = emptyToNull(parts[0].strip());
            f.exceptionType = parts[1].strip();
            f.message = parts[2].strip();
            return;
        }
        f.message = m;
    }

    /** Variant 1 ({@code ClassName}, {@code localizedString.stringId}) and variant 2 ({@code TypeName}). */
    private static void readSerializedException(JsonNode json, Fields f) {
        String type = textOrNull(json.get("ClassName"));
        f.exceptionType = type != null ? type : textOrNull(json.get("TypeName"));
        f.message = textOrNull(json.get("Message"));
        JsonNode localized = json.has("localizedString") ? json.get("localizedString") : json.get("LocalizedString");
        if (localized != null) {
            f.stringId = textOrNull(localized.has("stringId") ? localized.get("stringId") : localized.get("StringId"));
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(200, text.length())).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static String htmlText(String html) {
        Matcher title = TITLE.matcher(html);
        if (title.find() && !title.group(1).isBlank()) {
            return clip(title.group(1).strip());
        }
        return clip(TAG.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip());
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }

    private static String textOrNull(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return emptyToNull(node.isValueNode() ? node.asText() : node.toString());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static final class Fields {
        String code;
        String exceptionType;
        String message;
        String target;
        String category;
        String stringId;
    }
}
