package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GzipTest {

    @Test
    void bodiesAreGzippedWhenTheClientAcceptsIt() throws Exception {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(40).token("T").build()
                .start()) {
            SimClient client = new SimClient(exo, "T");
            HttpResponse<byte[]> response = client.http().send(HttpRequest.newBuilder(exo.invokeCommandUri())
                    .header("Authorization", "Bearer T").header("Accept-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofString(SimClient.body("Get-Mailbox", "{\"ResultSize\":40}")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElseThrow());
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                JsonNode body = SimClient.JSON.readTree(in.readAllBytes());
                assertEquals(40, body.path("value").size());
            }
            SimClient.Reply plain = client.invoke("Get-Mailbox", "{\"ResultSize\":1}");
            assertEquals(1, plain.value().size(), "no Accept-Encoding, no gzip");
        }
    }
}
