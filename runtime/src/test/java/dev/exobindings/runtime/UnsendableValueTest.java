package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.Tokens;
import dev.exobindings.runtime.value.Secret;
import dev.exobindings.runtime.value.WireEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An enum's {@code UNRECOGNIZED} (what {@code fromWire} gives for text it does not know) cannot be sent: the setter
 * that takes it says so, naming the parameter, instead of {@code toJson()}, {@code invoke} or {@code toString()}
 * failing later. A value the client cannot send for another reason (a SecureString without a {@code secretEncoder})
 * fails its own {@code invokeAll} item, before anything is sent; the other items run.
 */
class UnsendableValueTest {
    /** As a generated enum is written. */
    enum Day implements WireEnum {
        MONDAY("Monday"), UNRECOGNIZED(null);

        private final String wire;

        Day(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireValue() {
            if (wire == null) {
                throw new IllegalStateException("Day.UNRECOGNIZED has no wire value; pass the raw value to the"
                        + " setter's String overload instead");
            }
            return wire;
        }
    }

    /** A builder as generated: one value, an array and a list of the enum. */
    static final class SetCalendar extends AbstractCmdletRequest<SetCalendar> {
        SetCalendar() {
            super(CmdletDescriptor.builder("Set-Calendar").build());
        }

        SetCalendar day(Day day) {
            return set("Day", day);
        }

        SetCalendar days(Day... days) {
            return setArray("Days", days);
        }

        SetCalendar dayList(List<Day> days) {
            return setList("Days", days);
        }
    }

    @Test
    void theSetterRefusesUnrecognizedNamingTheParameter() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> new SetCalendar().day(Day.UNRECOGNIZED));
        assertEquals("-Day: Day.UNRECOGNIZED has no wire value; pass the raw value to the setter's String overload"
                + " instead", one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SetCalendar().days(Day.MONDAY, Day.UNRECOGNIZED));
        assertThrows(IllegalArgumentException.class, () -> new SetCalendar().dayList(List.of(Day.UNRECOGNIZED)));
        assertEquals("Set-Calendar {\"CmdletInput\":{\"CmdletName\":\"Set-Calendar\",\"Parameters\":{\"Day\":"
                + "\"Monday\"}}}", new SetCalendar().day(Day.MONDAY).toString());
    }

    @Test
    void aNullInAnAddRemoveChangeOrABatchIsNamed() {
        NullPointerException add = assertThrows(NullPointerException.class,
                () -> dev.exobindings.runtime.value.MultiValue.add("a", null));
        assertEquals("MultiValue.add(…) was given a null value; give the values to add or remove, or clear the"
                + " parameter with its clear method", add.getMessage());
        assertThrows(NullPointerException.class, () -> dev.exobindings.runtime.value.MultiValue.remove((String) null));
        NullPointerException item = assertThrows(NullPointerException.class,
                () -> FrozenRequest.all(java.util.Arrays.asList(new SetCalendar(), null)));
        assertEquals("request 1 of 2 is null", item.getMessage());
    }

    @Test
    void aSecretWithoutAnEncoderFailsItsOwnBatchItemAndTheOthersRun() {
        try (TestServer server = new TestServer()) {
            server.handler(r -> TestServer.Reply.json("{\"responses\":[{\"id\":\"0\",\"status\":200,\"headers\":{},"
                    + "\"body\":" + Clients.page(Clients.rows("m", 1), null) + "}]}"));
            List<BatchItemResult> items;
            try (ExchangeClient exo = Clients.builder(server, new FakeTime(), Tokens.appOnly()).build()) {
                items = exo.invokeAll(List.of(CmdletRequest.of("Set-Mailbox").param("Identity", "room1")
                                .param("RoomMailboxPassword", Secret.of("Hunter2-SuperSecret")),
                        CmdletRequest.of("Get-Mailbox").param("Identity", "room1")));
            }
            ExchangeException failure = items.get(0).failure();
            assertTrue(failure.getMessage().startsWith("Set-Mailbox failed (HTTP - UnsendableRequest): A SecureString"
                    + "/PSCredential parameter needs the tenant's module key: configure ExchangeClient.builder()"
                    + ".secretEncoder("), failure.getMessage());
            assertInstanceOf(IllegalStateException.class, failure.getCause());
            assertFalse(items.get(0).outcomeUnknown(), "nothing was sent");
            assertEquals(1, items.get(1).result().rows().size(), "the other item ran");
            assertEquals(1, server.requests().size());
            JsonNode sent = server.requests().get(0).json().path("requests");
            assertEquals(1, sent.size(), "only the item that can be sent: " + sent);
            assertEquals("Get-Mailbox", sent.path(0).path("body").path("CmdletInput").path("CmdletName").asText());
        }
    }
}
