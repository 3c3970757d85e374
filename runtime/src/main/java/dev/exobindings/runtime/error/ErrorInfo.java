package dev.exobindings.runtime.error;

/**
 * What the service said about a failed call, parsed from status, headers and the OData error body.
 *
 * @param httpStatus      HTTP status, or -1 when no response arrived
 * @param code            {@code error.code} (e.g. {@code NotFound}), or null
 * @param exceptionType   the server exception class (from details, innererror or {@code X-ExceptionType}), or null
 * @param message         the most specific message the body carries (details, then internalexception, then error)
 * @param target          {@code details[0].target}, or null
 * @param category        {@code details[0].code} (PowerShell error category), or null
 * @param stringId        the localized string id of variant-1 details ({@code Ex94914C}), or null
 * @param cmdlet          the cmdlet called
 * @param clientRequestId the invocation's {@code client-request-id}
 * @param serverRequestId the response's {@code request-id} header, or null
 */
public record ErrorInfo(int httpStatus, String code, String exceptionType, String message, String target,
                        String category, String stringId, String cmdlet, String clientRequestId,
                        String serverRequestId) {

    /** Copy with a different cmdlet and request id (batch items learn them later). */
    public ErrorInfo withCall(String cmdletName, String requestId) {
        return new ErrorInfo(httpStatus, code, exceptionType, message, target, category, stringId, cmdletName,
                requestId, serverRequestId);
    }

    /** Copy with another message. */
    public ErrorInfo withMessage(String newMessage) {
        return new ErrorInfo(httpStatus, code, exceptionType, newMessage, target, category, stringId, cmdlet,
                clientRequestId, serverRequestId);
    }

    /** The short class name of {@link #exceptionType()}, e.g. {@code ManagementObjectNotFoundException}. */
    public String exceptionSimpleName() {
        if (exceptionType == null) {
            return null;
        }
        int dot = exceptionType.lastIndexOf('.');
        return dot < 0 ? exceptionType : exceptionType.substring(dot + 1);
    }
}
