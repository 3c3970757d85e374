package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.error.AuthenticationException;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.error.ParameterBindingException;
import dev.exobindings.runtime.error.PermissionDeniedException;
import dev.exobindings.runtime.error.ThrottledException;
import dev.exobindings.runtime.error.TransientServiceException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private ExchangeException fail(String cmdlet, Reply reply) {
        server.enqueue(reply);
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).retryPolicy(RetryPolicy.none()).build()) {
            return assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of(cmdlet).param("Identity", "nobody")));
        }
    }

    private static String odataError(String code, String detailMessage, String target) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", "Error executing cmdlet");
        ObjectNode detail = error.putArray("details").addObject();
        detail.put("code", "Context");
        detail.put("target", target);
        detail.put("message", detailMessage);
        ObjectNode inner = error.putObject("innererror");
        inner.put("message", "Error executing cmdlet");
        inner.put("type", "Microsoft.Exchange.Admin.OData.Core.ODataServiceException");
        return root.toString();
    }

    @Test
    void detailsAsSerializedExceptionWithClassNameAndStringId() {
        ObjectNode ex = JSON.createObjectNode();
        ex.put("ClassName", "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException");
        ex.put("Message", "Couldn't find object \"nobody\". Please make sure that it was spelled correctly.");
        ex.putObject("localizedString").put("stringId", "Ex94914C");
        ExchangeException e = fail("Get-Mailbox", Reply.json(404, odataError("NotFound", ex.toString(), "nobody"))
                .header("request-id", "srv-1"));
        assertSame(ObjectNotFoundException.class, e.getClass());
        assertEquals(404, e.httpStatus());
        assertEquals("NotFound", e.errorCode());
        assertEquals("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", e.exceptionType());
        assertEquals("Couldn't find object \"nobody\". Please make sure that it was spelled correctly.", e.serviceMessage());
        assertEquals("nobody", e.target());
        assertEquals("Ex94914C", e.info().stringId());
        assertEquals("Context", e.info().category());
        assertEquals("Get-Mailbox", e.cmdlet());
        assertEquals("srv-1", e.serverRequestId());
        assertEquals(server.requests().get(0).header("client-request-id"), e.requestId());
        assertTrue(e.getMessage().startsWith("Get-Mailbox failed (HTTP 404 NotFound, "
                + "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException): Couldn't find object"),
                e.getMessage());
    }

    @Test
    void detailsAsSerializedExceptionWithTypeName() {
        ObjectNode ex = JSON.createObjectNode();
        ex.put("Message", "The object 'CN=sales' already exists.");
        ex.put("TypeName", "Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException");
        ex.put("StackTrace", "   at Microsoft.Exchange...");
        ex.putNull("InnerError");
        ExchangeException e = fail("New-DistributionGroup", Reply.json(400, odataError("BadRequest", ex.toString(), "")));
        assertSame(ExchangeException.class, e.getClass(), "a cmdlet failure that is not about binding");
        assertEquals(400, e.httpStatus());
        assertEquals("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException", e.exceptionType());
        assertEquals("The object 'CN=sales' already exists.", e.serviceMessage());
        assertNull(e.target());
    }

    @Test
    void detailsAsPipeDelimitedText() {
        ExchangeException e = fail("Get-Mailbox", Reply.json(400, odataError("BadRequest",
                "Ex6F9304|Microsoft.Exchange.Management.Tasks.ParameterBindingException|A parameter cannot be found "
                        + "that matches parameter name 'Bogus'.", "")));
        assertSame(ParameterBindingException.class, e.getClass());
        assertEquals("Ex6F9304", e.info().stringId());
        assertEquals("Microsoft.Exchange.Management.Tasks.ParameterBindingException", e.exceptionType());
        assertEquals("A parameter cannot be found that matches parameter name 'Bogus'.", e.serviceMessage());
    }

    @Test
    void innerErrorInternalExceptionWhenNoDetails() {
        String body = "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing cmdlet\",\"innererror\":{"
                + "\"message\":\"Error executing cmdlet\",\"type\":\"Microsoft.Exchange.Admin.OData.Core.ODataServiceException\","
                + "\"internalexception\":{\"message\":\"Cannot process argument transformation on parameter 'ResultSize'.\","
                + "\"type\":\"System.Management.Automation.ParameterTransformationException\"}}}}";
        ExchangeException e = fail("Get-Mailbox", Reply.json(400, body));
        assertSame(ParameterBindingException.class, e.getClass());
        assertEquals("Cannot process argument transformation on parameter 'ResultSize'.", e.serviceMessage());
        assertEquals("System.Management.Automation.ParameterTransformationException", e.exceptionType());
    }

    @Test
    void simpleEntityErrorShapeWithInnerType() {
        String body = "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"Active Directory operation failed.\","
                + "\"innererror\":{\"message\":\"Active Directory operation failed on DC1.\","
                + "\"type\":\"Microsoft.Exchange.Data.Directory.ADTransientException\"}}}";
        ExchangeException e = fail("Get-Mailbox", Reply.json(500, body));
        assertSame(TransientServiceException.class, e.getClass());
        assertEquals("Microsoft.Exchange.Data.Directory.ADTransientException", e.exceptionType());
        assertEquals("Active Directory operation failed on DC1.", e.serviceMessage());
    }

    @Test
    void exceptionTypeHeaderWithPlainTextBody() {
        ExchangeException e = fail("Get-RoleGroup", Reply.text(403, "text/plain", "Access denied")
                .header("X-ExceptionType", "UnauthorizedAccessException"));
        assertSame(PermissionDeniedException.class, e.getClass());
        assertEquals("UnauthorizedAccessException", e.exceptionType());
        assertEquals("Access denied", e.serviceMessage());
    }

    @Test
    void notAllowedToCallIsPermissionDeniedWithoutATokenRefresh() {
        Tokens tokens = Tokens.appOnly();
        server.enqueue(Reply.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"User is not allowed to call Get-Mailbox.\"}}"));
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertSame(PermissionDeniedException.class, e.getClass());
            assertEquals("User is not allowed to call Get-Mailbox.", e.serviceMessage());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void plainTextConcurrencyRejectionIsThrottling() {
        ExchangeException e = fail("Get-Mailbox", Reply.text(429, "text/plain",
                "You have reached the maximum number of concurrent requests per tenant. Please wait and try again"));
        assertSame(ThrottledException.class, e.getClass());
        assertTrue(e.serviceMessage().contains("concurrent requests per tenant"));
    }

    @Test
    void htmlBodyUsesItsTitle() {
        ExchangeException e = fail("Get-Mailbox", Reply.text(502, "text/html",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Oops</h1></body></html>"));
        assertSame(TransientServiceException.class, e.getClass());
        assertEquals("502 Bad Gateway", e.serviceMessage());
    }

    @Test
    void emptyBodyStillExplainsItself() {
        ExchangeException e = fail("Get-Mailbox", Reply.empty(500));
        assertSame(TransientServiceException.class, e.getClass());
        assertEquals("The service returned no error details (HTTP 500)", e.serviceMessage());
        ExchangeException forbidden = fail("Get-Mailbox", Reply.empty(403));
        assertSame(PermissionDeniedException.class, forbidden.getClass());
    }

    @Test
    void unauthorizedAfterTheRefreshIsAnAuthenticationError() {
        Tokens tokens = Tokens.appOnly();
        server.enqueue(Reply.empty(401), Reply.empty(401));
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.invoke(CmdletRequest.of("Get-Mailbox")));
            assertSame(AuthenticationException.class, e.getClass());
            assertEquals(401, e.httpStatus());
        }
        assertEquals(2, server.requests().size(), "one refresh, then give up");
    }
}
