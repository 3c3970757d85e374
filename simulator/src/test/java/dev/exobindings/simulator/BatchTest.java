package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchTest {
    static ExoSimulator exo;
    static SimClient client;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().mailboxes(3000).token("T").build().start();
        client = new SimClient(exo, "T");
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    private static String item(String id, String url, String prefer, String cmdlet, String params) {
        return "{\"id\":\"" + id + "\",\"method\":\"POST\",\"url\":\"" + url + "\",\"headers\":{\"X-CmdletName\":\""
                + cmdlet + "\",\"Prefer\":\"" + prefer + "\"},\"body\":" + SimClient.body(cmdlet, params) + "}";
    }

    @Test
    void eachItemIsAnsweredOnItsOwnIncludingAFailingOne() {
        String name = (String) exo.tenant().mailboxes().state(4).get("Name");
        String url = exo.invokeCommandUri().toString();
        String body = "{\"requests\":[" + item("0", url, "odata.maxpagesize=1000;odata.continue-on-error",
                "Get-CASMailbox", "{\"Identity\":\"" + name + "\"}") + ","
                + item("1", url, "odata.continue-on-error", "Get-CASMailbox", "{\"Identity\":\"ghost\"}") + ","
                + item("2", url, "odata.continue-on-error", "Set-Mailbox", "{\"Identity\":\"" + name
                + "\",\"CustomAttribute1\":\"batched\"}") + "]}";
        long batchesBefore = exo.counters().batches();
        SimClient.Reply reply = client.post(exo.batchUri(), body, null);
        assertEquals(200, reply.status(), reply.json().toString());
        JsonNode responses = reply.json().path("responses");
        assertEquals(3, responses.size());
        assertEquals("0", responses.get(0).path("id").asText());
        assertEquals(200, responses.get(0).path("status").asInt());
        assertEquals(name, responses.get(0).path("body").path("value").get(0).path("Name").asText());
        assertEquals(404, responses.get(1).path("status").asInt());
        assertEquals("NotFound", responses.get(1).path("body").path("error").path("code").asText());
        assertEquals("ManagementObjectNotFoundException", responses.get(1).path("headers").path("X-ExceptionType").asText());
        assertEquals(200, responses.get(2).path("status").asInt());
        assertEquals(1, exo.counters().applied("Set-Mailbox", name));
        assertEquals(1, exo.counters().batches() - batchesBefore);
    }

    @Test
    void anItemPagesWithAnAbsoluteNextLinkThatWorksInANewBatch() {
        String url = exo.invokeCommandUri() + "?$select=Name";
        SimClient.Reply first = client.post(exo.batchUri(), "{\"requests\":[" + item("a", url,
                "odata.maxpagesize=1000", "Get-Mailbox", "{\"ResultSize\":\"Unlimited\"}") + "]}", null);
        JsonNode page = first.json().path("responses").get(0).path("body");
        assertEquals(1000, page.path("value").size());
        String next = page.path("@odata.nextLink").asText();
        assertTrue(next.startsWith("http://127.0.0.1:"), next);
        SimClient.Reply second = client.post(exo.batchUri(), "{\"requests\":[" + item("b", next,
                "odata.maxpagesize=1000", "Get-Mailbox", "{\"ResultSize\":\"Unlimited\"}") + "]}", null);
        JsonNode page2 = second.json().path("responses").get(0).path("body");
        assertEquals(1000, page2.path("value").size());
        assertEquals(1, page2.path("value").get(0).size(), "$select kept through the link");
        SimClient.Reply direct = client.post(URI.create(page2.path("@odata.nextLink").asText()),
                SimClient.body("Get-Mailbox", "{\"ResultSize\":\"Unlimited\"}"), 1000);
        assertEquals(1000, direct.value().size(), "the module follows batch nextLinks outside the batch");
    }

    @Test
    void moreThanTenItemsOrABadItemUrlAreRefused() {
        String url = exo.invokeCommandUri().toString();
        StringBuilder body = new StringBuilder("{\"requests\":[");
        for (int i = 0; i < 11; i++) {
            body.append(i == 0 ? "" : ",").append(item(String.valueOf(i), url, "", "Get-Mailbox", "{}"));
        }
        assertEquals(400, client.post(exo.batchUri(), body.append("]}").toString(), null).status());
        SimClient.Reply bad = client.post(exo.batchUri(), "{\"requests\":[" + item("x", "/relative", "", "Get-Mailbox",
                "{}") + "]}", null);
        assertEquals(400, bad.json().path("responses").get(0).path("status").asInt());
    }
}
