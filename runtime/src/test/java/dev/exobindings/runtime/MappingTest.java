package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.mapping.RowMapper;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MappingTest {
    private static final String ROW = "{\"DisplayName\":\"Vasil\",\"UserPrincipalName\":\"vasil@contoso.com\","
            + "\"HiddenFromAddressListsEnabled\":true,\"RecipientLimits\":500,\"ProhibitSendQuotaBytes\":\"53687091200\","
            + "\"ExchangeGuid\":\"6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11\",\"WhenCreated\":\"2024-03-01T10:15:00Z\","
            + "\"EmailAddresses@odata.type\":\"#Collection(String)\",\"EmailAddresses\":[\"SMTP:vasil@contoso.com\",\"smtp:v@contoso.com\"],"
            + "\"ArchiveStatus\":\"Active\",\"Extra\":{\"a\":1}}";
    private final TestServer server = new TestServer().handler(r -> Reply.json(page(ROW, null)));
    private final FakeTime time = new FakeTime();

    enum ArchiveStatus { NONE, ACTIVE }

    record Row(String displayName, String userPrincipalName, boolean hiddenFromAddressListsEnabled, int recipientLimits,
               long prohibitSendQuotaBytes, UUID exchangeGuid, Instant whenCreated, List<String> emailAddresses,
               ArchiveStatus archiveStatus, JsonNode extra, String missing) {
    }

    public static class Bean {
        private String displayName;
        public int recipientLimits;

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getDisplayName() {
            return displayName;
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordRowsAreMappedAndSelectNamesExactlyTheirComponents() {
        List<Row> rows;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             Stream<Row> s = exo.stream(CmdletRequest.of("Get-Mailbox"), Row.class)) {
            rows = s.toList();
        }
        Row r = rows.get(0);
        assertEquals("Vasil", r.displayName());
        assertEquals("vasil@contoso.com", r.userPrincipalName());
        assertTrue(r.hiddenFromAddressListsEnabled());
        assertEquals(500, r.recipientLimits());
        assertEquals(53687091200L, r.prohibitSendQuotaBytes());
        assertEquals(UUID.fromString("6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11"), r.exchangeGuid());
        assertEquals(Instant.parse("2024-03-01T10:15:00Z"), r.whenCreated());
        assertEquals(List.of("SMTP:vasil@contoso.com", "smtp:v@contoso.com"), r.emailAddresses());
        assertEquals(ArchiveStatus.ACTIVE, r.archiveStatus());
        assertEquals(1, r.extra().get("a").asInt());
        assertNull(r.missing());
        assertEquals("$select=DisplayName,UserPrincipalName,HiddenFromAddressListsEnabled,RecipientLimits,"
                + "ProhibitSendQuotaBytes,ExchangeGuid,WhenCreated,EmailAddresses,ArchiveStatus,Extra,Missing",
                server.requests().get(0).uri().getQuery());
    }

    @Test
    void noSelectionSendsNoSelect() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             Stream<Row> s = exo.stream(CmdletRequest.of("Get-Mailbox"), Row.class, StreamOptions.noSelection())) {
            assertEquals(1, s.count());
        }
        assertNull(server.requests().get(0).uri().getQuery());
    }

    @Test
    void jsonStreamsSelectOnRequest() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             Stream<JsonNode> s = exo.stream(CmdletRequest.of("Get-Mailbox"), StreamOptions.select("Name", "Alias"))) {
            assertEquals(1, s.count());
        }
        assertEquals("$select=Name,Alias", server.requests().get(0).uri().getQuery());
    }

    @Test
    void pojosUseSettersAndPublicFields() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             Stream<Bean> s = exo.stream(CmdletRequest.of("Get-Mailbox"), Bean.class)) {
            Bean b = s.findFirst().orElseThrow();
            assertEquals("Vasil", b.getDisplayName());
            assertEquals(500, b.recipientLimits);
        }
        assertEquals("$select=DisplayName,RecipientLimits", server.requests().get(0).uri().getQuery());
    }

    record Bad(java.util.Map<String, String> map) {
    }

    record BadList(List<Integer> numbers) {
    }

    @Test
    void unsupportedTypesAreRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> RowMapper.of(BadList.class));
        RowMapper<Bad> mapper = RowMapper.of(Bad.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapper.map(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("Map", "x")));
        assertTrue(e.getMessage().contains("Bad.map"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
