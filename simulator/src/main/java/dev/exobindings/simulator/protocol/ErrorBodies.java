package dev.exobindings.simulator.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The error responses of the service, in the shapes of the protocol reference §(d): an OData {@code error} object
 * with {@code details[].message} holding a JSON-serialised exception (variant 1: ClassName, Message,
 * localizedString.stringId), an {@code innererror}, and the {@code X-ExceptionType} header.
 */
public final class ErrorBodies {
    /** The backend server name the simulator reports in {@code X-CalculatedBETarget} and messages. */
    public static final String BACKEND = "SIM01P0000MB0001.PROD.OUTLOOK.COM";
    /** The plain-text body of the per-tenant concurrency 429. */
    public static final String CONCURRENCY_MESSAGE =
            "You have reached the maximum number of concurrent requests per tenant. Please wait and try again.";
    /** The warning the service adds when ResultSize truncated the result. */
    public static final String MORE_RESULTS_WARNING = "There are more results available than are currently displayed."
            + " To view them, increase the value for the ResultSize parameter.";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ODATA_EXCEPTION = "Microsoft.Exchange.Admin.OData.Core.ODataServiceException";

    private ErrorBodies() {
    }

    /** 404: the identity names no object. */
    public static SimResponse notFound(String identity) {
        String message = "The operation couldn't be performed because object '" + identity
                + "' couldn't be found on '" + BACKEND + "'.";
        return cmdletError(404, "NotFound", "ObjectNotFound", identity,
                "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", "Ex6AA6E3", message);
    }

    /** 400: an object with this name already exists. */
    public static SimResponse alreadyExists(String name) {
        return cmdletError(400, "BadRequest", "InvalidArgument", name,
                "Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException", "Ex1F4C7A",
                "The name \"" + name + "\" is already being used. Please try another name.");
    }

    /** 400: a parameter binding failure (unknown name, sets mixed, missing mandatory, bad value). */
    public static SimResponse parameterBinding(String stringId, String message) {
        return cmdletError(400, "BadRequest", "InvalidArgument", "",
                "System.Management.Automation.ParameterBindingException", stringId, message);
    }

    /** 400: a value the cmdlet rejects (bad filter, bad quota…). */
    public static SimResponse invalidArgument(String target, String message) {
        return cmdletError(400, "BadRequest", "InvalidArgument", target,
                "Microsoft.Exchange.Configuration.Tasks.TaskArgumentException", "ExB4A1C0", message);
    }

    /** 400: a malformed request (not a cmdlet error): bad JSON, missing CmdletInput, bad skip token. */
    public static SimResponse badRequest(String message) {
        ObjectNode error = F.objectNode().put("code", "BadRequest").put("message", message);
        error.set("innererror", F.objectNode().put("message", message).put("type", ODATA_EXCEPTION));
        return wrap(400, error, ODATA_EXCEPTION);
    }

    /** 401: no usable bearer token. */
    public static SimResponse unauthorized() {
        String message = "The access token is missing, malformed, expired or was not issued for this service.";
        ObjectNode error = F.objectNode().put("code", "Unauthorized").put("message", message);
        error.set("innererror", F.objectNode().put("message", message)
                .put("type", "Microsoft.Exchange.Security.OAuth.InvalidOAuthTokenException"));
        return wrap(401, error, "InvalidOAuthTokenException")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /** 403: the caller's roles do not include the cmdlet. */
    public static SimResponse forbidden(String cmdlet) {
        String message = "User is not allowed to call " + cmdlet;
        ObjectNode error = F.objectNode().put("code", "Forbidden").put("message", message);
        error.set("innererror", F.objectNode().put("message", message).put("type", ODATA_EXCEPTION));
        // status, code and message as the protocol reference records them; it names no exception type for this
        // refusal, so the header carries the innererror type rather than an invented one
        return wrap(403, error, ODATA_EXCEPTION);
    }

    /** 404 for a tenant this simulator does not host. */
    public static SimResponse unknownTenant(String tenant) {
        ObjectNode error = F.objectNode().put("code", "NotFound").put("message", "Tenant '" + tenant + "' was not found.");
        return wrap(404, error, "TenantNotFoundException");
    }

    /** 404 for a path the service does not serve. */
    public static SimResponse noSuchEndpoint(String method, String path) {
        ObjectNode error = F.objectNode().put("code", "NotFound")
                .put("message", "No endpoint answers " + method + " " + path);
        return wrap(404, error, ODATA_EXCEPTION);
    }

    /** 500: a transient directory failure, as injected by the fault knobs. */
    public static SimResponse transientServerError() {
        String type = "Microsoft.Exchange.Data.Directory.ADTransientException";
        String message = "Active Directory operation failed on " + BACKEND + ". This issue may be transient.";
        ObjectNode error = F.objectNode().put("code", "InternalServerError").put("message", "Error executing cmdlet");
        error.set("details", F.arrayNode());
        ObjectNode inner = F.objectNode().put("message", message).put("type", type);
        inner.set("internalexception", F.objectNode().put("message", message));
        error.set("innererror", inner);
        return wrap(500, error, "ADTransientException");
    }

    /** 503, as injected by the fault knobs when configured for it. */
    public static SimResponse serviceUnavailable() {
        ObjectNode error = F.objectNode().put("code", "ServiceUnavailable")
                .put("message", "The service is temporarily unavailable. Try again later.");
        return wrap(503, error, "ServiceUnavailableException");
    }

    /** 429 with an OData body and {@code Retry-After} in (decimal) seconds. */
    public static SimResponse throttled(String retryAfterSeconds) {
        ObjectNode error = F.objectNode().put("code", "TooManyRequests")
                .put("message", "The request was throttled. Retry after " + retryAfterSeconds + " seconds.");
        return wrap(429, error, "ThrottlingException").withHeader("Retry-After", retryAfterSeconds);
    }

    /** 429 with the plain-text tenant concurrency message. */
    public static SimResponse concurrencyLimited(String retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>(standardHeaders("TooManyConcurrentRequestsException"));
        headers.put("Retry-After", retryAfterSeconds);
        return SimResponse.text(429, headers, CONCURRENCY_MESSAGE);
    }

    private static SimResponse cmdletError(int status, String code, String category, String target,
                                           String className, String stringId, String message) {
        ObjectNode exception = F.objectNode().put("ClassName", className).put("Message", message);
        exception.set("localizedString", F.objectNode().put("stringId", stringId));
        ObjectNode detail = F.objectNode().put("code", category).put("target", target)
                .put("message", exception.toString());
        ObjectNode error = F.objectNode().put("code", code).put("message", "Error executing cmdlet");
        error.set("details", F.arrayNode().add(detail));
        ObjectNode inner = F.objectNode().put("message", message).put("type", ODATA_EXCEPTION);
        inner.set("internalexception", F.objectNode().put("message", message));
        error.set("innererror", inner);
        return wrap(status, error, className.substring(className.lastIndexOf('.') + 1));
    }

    private static SimResponse wrap(int status, ObjectNode error, String exceptionType) {
        ObjectNode body = F.objectNode();
        body.set("error", error);
        return SimResponse.json(status, standardHeaders(exceptionType), body);
    }

    /** Headers every error carries: exception type, backend, request id. */
    static Map<String, String> standardHeaders(String exceptionType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-ExceptionType", exceptionType);
        headers.put("X-CalculatedBETarget", BACKEND);
        headers.put("request-id", UUID.randomUUID().toString());
        return headers;
    }
}
