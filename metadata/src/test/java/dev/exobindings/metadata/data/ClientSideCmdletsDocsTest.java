package dev.exobindings.metadata.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exobindings.metadata.SharedInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed client-side list is exactly the docs pages whose help comes from the ExchangeOnlineManagement
 * module's own client assemblies (not a server-side cmdlet assembly): a new client-side cmdlet in the docs, or a
 * listed one that moved to the service, fails here.
 */
class ClientSideCmdletsDocsTest {
    private static final Pattern HELP_FILE = Pattern.compile("(?m)^external help file:\\s*(\\S*)");
    private static final Set<String> CLIENT_ASSEMBLIES = Set.of("ExchangeOnlineManagement-help.xml",
            "Microsoft.Exchange.Management.RestApiClient.dll-Help.xml",
            "Microsoft.Exchange.Management.ExoPowershellGalleryModule.dll-Help.xml");

    @Test
    void theListIsTheSetOfClientSidePagesInTheDocs() throws IOException {
        Path docs = SharedInputs.docsFolder();
        Set<String> clientSide = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Stream<Path> pages = Files.list(docs)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = HELP_FILE.matcher(Files.readString(page));
                if (m.find() && CLIENT_ASSEMBLIES.contains(m.group(1))) {
                    String file = page.getFileName().toString();
                    clientSide.add(file.substring(0, file.length() - 3));
                }
            }
        }
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        listed.addAll(ClientSideCmdlets.all().keySet());
        assertEquals(clientSide, listed);
        assertEquals(35, listed.size(), "Connect/Disconnect, Get-ConnectionInformation, 9 Get-EXO*, Viva and others");
    }
}
