package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.TypedBatchResult;
import dev.exobindings.runtime.TypedCmdletRequest;
import dev.exobindings.runtime.model.AbstractModel;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetCASMailbox;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.GetMailboxPermission;
import dev.exobindings.exo.GetMailboxStatistics;
import dev.exobindings.exo.GetRecipient;
import dev.exobindings.exo.GetUser;
import dev.exobindings.exo.model.CasMailbox;
import dev.exobindings.exo.model.Mailbox;
import dev.exobindings.exo.model.MailboxPermission;
import dev.exobindings.exo.model.MailboxStatistics;
import dev.exobindings.simulator.ExoSimulator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated models over the simulator: typed rows without a class argument, no property lost, typed select. */
class TypedResultsEndToEndTest {
    private static ExoSimulator sim;
    private static ExchangeClient exo;
    private static String first;

    @BeforeAll
    static void start() {
        sim = Connections.simulator(30).build().start();
        exo = Connections.client(sim).build();
        first = exo.list(GetMailbox.all().resultSize(ResultSize.unlimited())).get(0).alias();
    }

    @AfterAll
    static void stop() {
        exo.close();
        sim.close();
    }

    /** Every property of the raw row is either a declared property with a value, or kept as an extra one. */
    private static <R extends AbstractModel> List<R> assertNoLoss(TypedCmdletRequest<R> request) {
        List<JsonNode> raw = exo.invoke(request).rows();
        List<R> typed = exo.list(request);
        assertEquals(raw.size(), typed.size());
        assertFalse(raw.isEmpty(), request.cmdletName() + " returned no rows");
        for (int i = 0; i < raw.size(); i++) {
            R model = typed.get(i);
            for (Map.Entry<String, JsonNode> e : raw.get(i).properties()) {
                String name = e.getKey();
                if (name.contains("@")) {
                    continue; // annotations, not properties
                }
                boolean declared = model.modelType().property(name).isPresent();
                assertTrue(declared || model.extraProperties().containsKey(name),
                        request.cmdletName() + ": " + name + " was dropped");
                if (declared && !e.getValue().isNull() && !model.extraProperties().containsKey(name)) {
                    assertNotNull(value(model, name), request.cmdletName() + ": " + name + " read as null");
                }
            }
        }
        return typed;
    }

    private static Object value(AbstractModel model, String name) {
        return model.modelType().property(name).map(model::get).orElse(null);
    }

    @Test
    void mailboxesAreTypedAndCarryOnlyModelProperties() {
        List<Mailbox> all = assertNoLoss(GetMailbox.all().resultSize(ResultSize.unlimited()));
        assertEquals(30, all.size());
        for (Mailbox m : all) {
            assertEquals(Map.of(), m.extraProperties(), "every simulator column is a Mailbox property");
            assertTrue(m.exchangeGuid() instanceof UUID);
            assertTrue(m.emailAddresses().get(0).startsWith("SMTP:"), m.emailAddresses().toString());
            assertTrue(m.prohibitSendQuota().matches("\\d+(\\.\\d+)? GB \\([0-9,]+ bytes\\)"), m.prohibitSendQuota());
            assertEquals(Boolean.TRUE, m.isMailboxEnabled());
        }
    }

    @Test
    void everyImplementedReadCmdletWithAModelLosesNothing() {
        List<CasMailbox> cas = assertNoLoss(GetCASMailbox.all().resultSize(ResultSize.unlimited()));
        assertEquals(Boolean.TRUE, cas.get(0).owaEnabled());
        assertNoLoss(GetUser.all().resultSize(ResultSize.unlimited()));
        assertNoLoss(GetRecipient.all().resultSize(ResultSize.unlimited()));
        List<MailboxStatistics> stats = assertNoLoss(GetMailboxStatistics.identity(first));
        assertTrue(stats.get(0).totalItemSize() > 0, "a byte quantity as the service renders it reads as bytes");
        List<MailboxPermission> grants = assertNoLoss(GetMailboxPermission.identity(first));
        assertEquals("NT AUTHORITY\\SELF", grants.get(0).user());
        assertTrue(grants.get(0).permissionList().get(0).accessRights().contains("FullAccess"));
    }

    @Test
    void selectAsksForJustThoseProperties() {
        List<Mailbox> rows = exo.list(GetMailbox.all().select(Mailbox.DISPLAY_NAME, Mailbox.PRIMARY_SMTP_ADDRESS)
                .resultSize(ResultSize.unlimited()));
        assertEquals(30, rows.size());
        for (Mailbox m : rows) {
            assertNotNull(m.displayName());
            assertTrue(m.primarySmtpAddress().contains("@"));
            assertNull(m.alias(), "not selected");
            assertEquals(Map.of(), m.extraProperties());
        }
    }

    record Smtp(String displayName, String smtp) {
    }

    @Test
    void aRecordAskingForAPropertyTheModelLacksFailsWithTheClosestName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exo.stream(GetMailbox.all(), Smtp.class));
        assertTrue(e.getMessage().contains("Smtp.smtp is not a property of Exchange.Mailbox, the result of "
                + "Get-Mailbox; did you mean PrimarySmtpAddress?"), e.getMessage());
        try (Stream<JsonNode> untyped = exo.stream(CmdletRequest.of("Get-Mailbox"),
                dev.exobindings.runtime.StreamOptions.defaults())) {
            assertEquals(30, untyped.count(), "the untyped form stays");
        }
    }

    @Test
    void invokeAllGivesTypedRowsPerRequest() {
        List<Mailbox> some = exo.list(GetMailbox.all().resultSize(ResultSize.of(3)));
        List<TypedBatchResult<Mailbox>> results = exo.invokeAll(GetMailbox.identity(some.get(0).alias()),
                GetMailbox.identity(some.get(1).alias()), GetMailbox.identity("no-such-mailbox"));
        assertEquals(some.get(0).guid(), results.get(0).rowsOrThrow().get(0).guid());
        assertEquals(some.get(1).guid(), results.get(1).rowsOrThrow().get(0).guid());
        assertFalse(results.get(2).isSuccess(), "a failed item is reported, not dropped");
        assertEquals(List.of(), results.get(2).rows());
    }

    @Test
    void invokeAllSendsTheTypedSelection() {
        List<TypedBatchResult<Mailbox>> results = exo.invokeAll(
                GetMailbox.identity(first).select(Mailbox.DISPLAY_NAME, Mailbox.EXCHANGE_GUID),
                GetMailbox.identity(first));
        JsonNode raw = results.get(0).item().result().rows().get(0);
        java.util.Set<String> sent = new java.util.HashSet<>();
        raw.fieldNames().forEachRemaining(n -> {
            if (!n.contains("@")) {
                sent.add(n);
            }
        });
        assertEquals(java.util.Set.of("DisplayName", "ExchangeGuid"), sent, "the simulator applied the item's $select");
        Mailbox selected = results.get(0).rowsOrThrow().get(0);
        assertNotNull(selected.displayName());
        assertNotNull(selected.exchangeGuid());
        assertNull(selected.primarySmtpAddress(), "a property not selected is not sent");
        Mailbox whole = results.get(1).rowsOrThrow().get(0);
        assertEquals(selected.exchangeGuid(), whole.exchangeGuid());
        assertNotNull(whole.primarySmtpAddress(), "an item without select(…) gets whole rows");
    }
}
