package dev.exobindings.capture;

import dev.exobindings.capture.psm1.ModuleParser;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.SourceText;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.simulator.protocol.Psm1Writer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseSimulatorModuleTest {

    @Test
    void theSimulatorsModuleTextParsesWithEveryProxyAndTheConstants() {
        Snapshot bundled = BundledSnapshots.exchangeOnline();
        String text = Psm1Writer.write(bundled.cmdlets(), "<RSAKeyValue><Modulus>AQ==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>");
        ModuleText module = ModuleParser.parse(new SourceText("sim.psm1", text));
        assertEquals(bundled.cmdlets().size(), module.proxies().size());
        assertEquals(module.proxies().size(), module.exportedFunctions().size());
        assertTrue(module.helperFunctions().contains("Execute-Command"), module.helperFunctions().toString());
        assertEquals(960, module.constants().defaultTimeoutSeconds());
        assertEquals(1000, module.constants().pageSize());
        assertEquals(java.util.List.of("Unauthorized", "ServiceUnavailable", "GatewayTimeout"),
                module.constants().retryableStatuses());
        assertEquals(5, module.constants().retryableExceptions().size());
        assertTrue(module.publicKeyXml().startsWith("<RSAKeyValue>"));
    }

    @Test
    void everyCatalogBackedCmdletComesBackWithItsStructure() {
        Snapshot bundled = BundledSnapshots.exchangeOnline();
        String text = Psm1Writer.write(bundled.cmdlets(), "<RSAKeyValue><Modulus>AQ==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>");
        ModuleText module = ModuleParser.parse(new SourceText("sim.psm1", text));
        java.util.List<dev.exobindings.metadata.model.Cmdlet> parsed =
                dev.exobindings.capture.merge.ProxyCatalog.cmdlets(module,
                        dev.exobindings.metadata.model.Product.EXCHANGE_ONLINE).cmdlets();
        java.util.List<String> diffs = new java.util.ArrayList<>();
        int compared = 0;
        for (dev.exobindings.metadata.model.Cmdlet expected : bundled.cmdlets()) {
            if (!expected.sources().contains(dev.exobindings.metadata.model.SourceKind.CATALOG)) {
                continue;
            }
            compared++;
            diffs.addAll(StructureDiff.between(expected, parsed.stream().filter(c -> c.name().equals(expected.name()))
                    .findFirst().orElseThrow()));
        }
        assertEquals(825, compared);
        assertEquals(java.util.List.of(), diffs.subList(0, Math.min(20, diffs.size())), diffs.size() + " differences");
    }
}
