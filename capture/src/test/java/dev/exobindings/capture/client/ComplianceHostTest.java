package dev.exobindings.capture.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.HostDiscoveryException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refused Security &amp; Compliance discovery is one capture failure of the kind its status means, with a fix. */
class ComplianceHostTest {

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource(delimiterString = " => ", value = {
        "401 => UNAUTHORIZED => sign in again.",
        "403 => FORBIDDEN => give it one (for example Compliance Administrator), then capture again.",
        "404 => UNKNOWN_TENANT => Give the tenant's initial domain or GUID, and the cloud it lives in.",
        "502 => SERVICE => or give the regional host itself as the endpoint.",
        "-1 => SERVICE => or give the regional host itself as the endpoint.",
    })
    void eachStatusIsItsKindWithTheFix(int status, Kind kind, String fix) {
        String said = "Security & Compliance host discovery failed: GET https://front/AdminApi/v1.0/t/EXOModuleFile"
                + " answered " + status;
        HostDiscoveryException refused = new HostDiscoveryException(new ErrorInfo(status, null, null, said, null, null,
                null, "(bootstrap)", "r-1", null), null);
        CaptureException e = ComplianceHost.failure(refused, "contoso.onmicrosoft.com");
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().startsWith(said + ". "), e.getMessage());
        assertTrue(e.getMessage().endsWith(fix), e.getMessage());
    }
}
