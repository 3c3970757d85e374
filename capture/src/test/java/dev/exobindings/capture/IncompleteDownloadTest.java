package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.simulator.protocol.Psm1Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A download that is not whole (cut in transit, or not the module at all) is refused before anything is written:
 * saved, it would be taken as a tenant with fewer cmdlets, and generating from it would delete earlier files.
 */
class IncompleteDownloadTest {
    private static final Set<String> CMDLETS = Set.of("Get-Mailbox", "Set-Mailbox", "Get-User");

    @TempDir
    Path out;

    /** A whole module text in the service's shape with three cmdlets. */
    private static String wholeModule() {
        List<Cmdlet> three = BundledSnapshots.exchangeOnline().cmdlets().stream()
                .filter(c -> CMDLETS.contains(c.name())).toList();
        assertEquals(3, three.size());
        return Psm1Writer.write(three, "<RSAKeyValue><Modulus>AQ==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>");
    }

    private CaptureResult capture(String moduleText, String metadata) throws IOException {
        try (FakeService service = new FakeService(200, FakeService.moduleAnswer(moduleText), metadata)) {
            return Capture.builder().tenant("contoso.onmicrosoft.com").endpoint(service.baseUri())
                    .credentials(SimTokens.of("T")).outputDirectory(out).run();
        }
    }

    private CaptureException refused(String moduleText, String metadata) throws IOException {
        CaptureException e = assertThrows(CaptureException.class, () -> capture(moduleText, metadata));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing is written when the download is refused");
        }
        return e;
    }

    @Test
    void theWholeDownloadIsCaptured() throws IOException {
        CaptureResult result = capture(wholeModule(), FakeService.SMALL_CSDL);
        assertEquals(3, result.module().proxies().size());
        assertEquals(6, result.written().size());
    }

    @Test
    void aMetadataCutInHalfIsRefusedAsGenerateWouldReadIt() throws IOException {
        String half = FakeService.SMALL_CSDL.substring(0, FakeService.SMALL_CSDL.length() / 2);
        CaptureException e = refused(wholeModule(), half);
        assertEquals(Kind.METADATA, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("$metadata of tenant contoso.onmicrosoft.com at 127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed CSDL XML"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: capture again"), e.getMessage());
    }

    @Test
    void aMetadataThatIsNotCsdlIsRefused() throws IOException {
        CaptureException e = refused(wholeModule(), "<html><body>Sign in</body></html>");
        assertEquals(Kind.METADATA, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("no <Schema> element"), e.getMessage());
    }

    @Test
    void aTextWithoutAnyCmdletIsNoModule() throws IOException {
        String emptyModule = Psm1Writer.write(List.of(), "<RSAKeyValue><Modulus>AQ==</Modulus></RSAKeyValue>");
        for (String text : List.of("<html><body>Sign in</body></html>", "hello world", emptyModule)) {
            CaptureException e = refused(text, FakeService.SMALL_CSDL);
            assertEquals(Kind.NO_MODULE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().startsWith("The module text ExchangeOnline.psm1 of tenant contoso.onmicrosoft.com"
                    + " at 127.0.0.1 holds no cmdlet"), e.getMessage());
            assertTrue(e.getMessage().contains("Fix: check that the endpoint"), e.getMessage());
        }
        assertTrue(refused("<html><body>Sign in</body></html>", FakeService.SMALL_CSDL).getMessage()
                .contains("starting '<html><body>Sign in</body></html>'"), "the start shows what was served instead");
    }

    @Test
    void aTextCutBetweenTwoFunctionsIsRefusedAtItsEnd() throws IOException {
        String whole = wholeModule();
        int second = whole.indexOf("# .ExternalHelp", whole.indexOf("# .ExternalHelp") + 1);
        String cut = whole.substring(0, second);
        CaptureException e = refused(cut, FakeService.SMALL_CSDL);
        assertEquals(Kind.UNPARSABLE_MODULE, e.kind(), e.getMessage());
        int lines = (int) cut.chars().filter(c -> c == '\n').count();
        assertTrue(e.getMessage().contains("ExchangeOnline.psm1 of tenant contoso.onmicrosoft.com at 127.0.0.1, line "
                + (lines + 1) + ", column 1: the text ends after 1 proxy function(s)"), e.getMessage());
        assertTrue(e.getMessage().contains("it was cut short; nothing was written. Fix: download it again"),
                e.getMessage());
    }

    @Test
    void aTextMissingAFunctionItsExportListNamesIsRefused() throws IOException {
        String whole = wholeModule();
        int second = whole.indexOf("# .ExternalHelp", whole.indexOf("# .ExternalHelp") + 1);
        int third = whole.indexOf("# .ExternalHelp", second + 1);
        String missing = whole.substring(second, third);
        String name = missing.substring(missing.indexOf("script:") + "script:".length(), missing.indexOf('\n',
                missing.indexOf("script:")));
        CaptureException e = refused(whole.substring(0, second) + whole.substring(third), FakeService.SMALL_CSDL);
        assertEquals(Kind.UNPARSABLE_MODULE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("list names 1 function(s) the text does not define (" + name + ")"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Fix: download it again"), e.getMessage());
    }
}
