package dev.exobindings.capture.merge;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EarlierCatalogTypesTest {

    private static Parameter parameter(String name, String type, boolean multiValued) {
        return new Parameter(name, type, null, multiValued, false, List.of(), List.of(), ValuesOrigin.NONE, false,
                false, List.of(new ParameterSetMembership("Default", false, null, false, false)));
    }

    private static Cmdlet cmdlet(List<SourceKind> sources, Parameter... parameters) {
        return new Cmdlet("Test-ClientAccessRule", "Test", "ClientAccessRule", Product.EXCHANGE_ONLINE, "Default",
                null, false, sources, List.of("Default"), List.of(parameters));
    }

    @Test
    void anUntypedParameterTakesTheTypeTheEarlierCatalogDeclared() {
        Cmdlet captured = cmdlet(List.of(SourceKind.CAPTURE), parameter("RemoteAddress", "Object", false),
                parameter("User", "String", false));
        Cmdlet earlier = cmdlet(List.of(SourceKind.CATALOG), parameter("RemoteAddress", "IPAddress", false),
                parameter("User", "MailboxIdParameter", false));
        List<String> lines = new ArrayList<>();

        Cmdlet typed = EarlierCatalogTypes.fill(captured, Optional.of(earlier), lines);

        assertEquals("IPAddress", typed.parameter("RemoteAddress").orElseThrow().type());
        assertEquals("String", typed.parameter("User").orElseThrow().type(), "a type the module text states wins");
        assertEquals(List.of("Test-ClientAccessRule -RemoteAddress: untyped in the module text; type IPAddress kept"
                + " from the docs snapshot's catalog"), lines);
    }

    @Test
    void severalValuesComeWithTheType() {
        Cmdlet captured = cmdlet(List.of(SourceKind.CAPTURE), parameter("Ids", "Object", false));
        Cmdlet earlier = cmdlet(List.of(SourceKind.CAPTURE), parameter("Ids", "MultiValuedProperty", true));
        List<String> lines = new ArrayList<>();

        Parameter ids = EarlierCatalogTypes.fill(captured, Optional.of(earlier), lines).parameter("Ids").orElseThrow();

        assertEquals("MultiValuedProperty", ids.type());
        assertTrue(ids.multiValued());
        assertTrue(lines.get(0).contains("(several values)"), lines.toString());
    }

    @Test
    void nothingIsTakenFromDocsOnlyCmdletsOrWhenNoTypeIsKnown() {
        Cmdlet captured = cmdlet(List.of(SourceKind.CAPTURE), parameter("RemoteAddress", "Object", false));
        List<String> lines = new ArrayList<>();

        // a docs-only cmdlet's undocumented facts are not the service's: its types already won in the merge if any
        assertSame(captured, EarlierCatalogTypes.fill(captured,
                Optional.of(cmdlet(List.of(SourceKind.DOCS), parameter("RemoteAddress", "IPAddress", false))), lines));
        assertSame(captured, EarlierCatalogTypes.fill(captured,
                Optional.of(cmdlet(List.of(SourceKind.CATALOG), parameter("RemoteAddress", "Object", false))), lines));
        assertSame(captured, EarlierCatalogTypes.fill(captured,
                Optional.of(cmdlet(List.of(SourceKind.CATALOG), parameter("Other", "IPAddress", false))), lines));
        assertSame(captured, EarlierCatalogTypes.fill(captured, Optional.empty(), lines));
        assertEquals(List.of(), lines);
    }
}
