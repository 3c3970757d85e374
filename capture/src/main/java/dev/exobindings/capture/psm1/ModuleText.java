package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Optional;

/**
 * What the parser read from one generated module text.
 *
 * @param source            the name of the text
 * @param proxies           one proxy function per cmdlet, in text order
 * @param helperFunctions   names of the other functions (request helpers), in text order
 * @param constants         the constants region
 * @param publicKeyXml      the {@code $PublicKey} RSAKeyValue XML, or {@code null} when the text has none
 * @param exportedFunctions the {@code Export-ModuleMember -Function} list, empty when the text has none
 */
public record ModuleText(String source, List<ProxyFunction> proxies, List<String> helperFunctions,
                         ModuleConstants constants, String publicKeyXml, List<String> exportedFunctions) {
    public ModuleText {
        proxies = List.copyOf(proxies);
        helperFunctions = List.copyOf(helperFunctions);
        exportedFunctions = List.copyOf(exportedFunctions);
    }

    /** A proxy by cmdlet name, ignoring case. */
    public Optional<ProxyFunction> proxy(String cmdlet) {
        return proxies.stream().filter(p -> p.name().equalsIgnoreCase(cmdlet)).findFirst();
    }
}
