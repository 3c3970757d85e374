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

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The rows of one page served by the test server, mapped to {@code type} by a stream. */
    private <T> List<T> streamed(String rows, Class<T> type) {
        server.handler(r -> Reply.json(page(rows, null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             Stream<T> s = exo.stream(CmdletRequest.of("Get-Mailbox"), type)) {
            return s.toList();
        }
    }

    record KindRow(String name, dev.exobindings.runtime.model.Box.Kind recipientTypeDetails) {
    }

    @Test
    void aGeneratedEnumComponentReadsAnUnknownValueAsUnrecognizedAndTheStreamGoesOn() {
        List<KindRow> rows = streamed("{\"Name\":\"a\",\"RecipientTypeDetails\":\"BrandNewMailboxKind\"},"
                + "{\"Name\":\"b\",\"RecipientTypeDetails\":\"SharedMailbox\"},"
                + "{\"Name\":\"c\",\"RecipientTypeDetails\":\"UserMailbox, SharedMailbox\"},"
                + "{\"Name\":\"d\",\"RecipientTypeDetails\":\"usermailbox\"}", KindRow.class);
        assertEquals(List.of(
                new KindRow("a", dev.exobindings.runtime.model.Box.Kind.UNRECOGNIZED),
                new KindRow("b", dev.exobindings.runtime.model.Box.Kind.SHARED_MAILBOX),
                new KindRow("c", dev.exobindings.runtime.model.Box.Kind.UNRECOGNIZED),
                new KindRow("d", dev.exobindings.runtime.model.Box.Kind.USER_MAILBOX)), rows,
                "through fromWire, as the models read it: unknown values and flag lists are UNRECOGNIZED");
    }

    record PlainEnumRow(String name, ArchiveStatus archiveStatus) {
    }

    @Test
    void aPlainEnumComponentRefusesAnUnknownValueNamingRecordComponentAndValue() {
        RowMapper<PlainEnumRow> mapper = RowMapper.of(PlainEnumRow.class);
        for (String value : List.of("BrandNew", "None, Active")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> mapper.map(json("{\"Name\":\"a\",\"ArchiveStatus\":\"" + value + "\"}")));
            assertTrue(e.getMessage().contains("PlainEnumRow.archiveStatus") && e.getMessage().contains(value)
                    && e.getMessage().contains("UNRECOGNIZED"), e.getMessage());
        }
        assertEquals(ArchiveStatus.ACTIVE, mapper.map(json("{\"ArchiveStatus\":\"active\"}")).archiveStatus());
    }

    record Primitives(String name, int limit, long size, double ratio, boolean enabled) {
    }

    record Boxed(String name, Integer limit, Long size, Double ratio, Boolean enabled) {
    }

    public static class PrimitiveBean {
        public int limit = -1;
        public boolean enabled = true;
    }

    @Test
    void aPrimitiveComponentReadsANullOrAbsentValueAsZeroOrFalseAndItsBoxedTypeAsNull() {
        List<Primitives> rows = streamed("{\"Name\":\"a\",\"Limit\":null,\"Size\":null,\"Ratio\":null,"
                + "\"Enabled\":null},{\"Name\":\"b\"},{\"Name\":\"c\",\"Limit\":3,\"Size\":4,\"Ratio\":0.5,"
                + "\"Enabled\":true}", Primitives.class);
        assertEquals(List.of(new Primitives("a", 0, 0L, 0.0, false), new Primitives("b", 0, 0L, 0.0, false),
                new Primitives("c", 3, 4L, 0.5, true)), rows);
        assertEquals(new Boxed("a", null, null, null, null),
                RowMapper.of(Boxed.class).map(json("{\"Name\":\"a\",\"Limit\":null}")));
        PrimitiveBean bean = RowMapper.of(PrimitiveBean.class).map(json("{\"Limit\":null}"));
        assertEquals(0, bean.limit);
        assertFalse(bean.enabled);
    }

    record Small(float ratio) {
    }

    @Test
    void anUnsupportedPrimitiveIsRefusedWhenTheMapperIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RowMapper.of(Small.class));
        assertTrue(e.getMessage().contains("Small.ratio") && e.getMessage().contains("Double"), e.getMessage());
    }

    record Strict(boolean enabled, int limit, long size) {
    }

    @Test
    void aValueThatIsNotOfTheComponentsTypeFailsNamingItInsteadOfBeingGuessed() {
        RowMapper<Strict> mapper = RowMapper.of(Strict.class);
        assertEquals(new Strict(true, 7, 53687091200L), mapper.map(json("{\"Enabled\":\"True\",\"Limit\":\"7\","
                + "\"Size\":\"50 GB (53,687,091,200 bytes)\"}")), "what the models accept");
        for (String row : List.of("{\"Enabled\":\"nope\"}", "{\"Enabled\":1}", "{\"Limit\":1.5}",
                "{\"Limit\":2147483648}", "{\"Size\":1.5}", "{\"Size\":1e30}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.map(json(row)),
                    row);
            String component = row.substring(2, row.indexOf('"', 2)).toLowerCase(java.util.Locale.ROOT);
            assertTrue(e.getMessage().contains("Strict." + component), e.getMessage());
        }
    }

    record Dates(String name, Instant whenCreated) {
    }

    @Test
    void anInstantComponentReadsAJsonIntegerAsEpochMilliseconds() {
        List<Dates> rows = streamed("{\"Name\":\"a\",\"WhenCreated\":1578891540000},"
                + "{\"Name\":\"b\",\"WhenCreated\":\"/Date(1578891540000)/\"},"
                + "{\"Name\":\"c\",\"WhenCreated\":\"2020-01-13T04:59:00Z\"}", Dates.class);
        Instant expected = Instant.parse("2020-01-13T04:59:00Z");
        assertEquals(List.of(new Dates("a", expected), new Dates("b", expected), new Dates("c", expected)), rows);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RowMapper.of(Dates.class).map(json("{\"WhenCreated\":1.5}")));
        assertTrue(e.getMessage().contains("Dates.whenCreated"), e.getMessage());
    }
}
