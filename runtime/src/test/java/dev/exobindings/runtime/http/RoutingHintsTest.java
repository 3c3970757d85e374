package dev.exobindings.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The module's routing-hint rules, value by value (module-proxy-format "Routing hint rules"). */
class RoutingHintsTest {
    /** The {@code folderId} argument of the two rules. */
    private static final boolean MAILBOX_ID = false;
    private static final boolean FOLDER_ID = true;
    private static final String TID = "8f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    @Test
    void anAddressGivesSmtpWithTheWholeValue() {
        assertEquals("SMTP:vasil@contoso.com", RoutingHints.hint(MAILBOX_ID, "vasil@contoso.com", TID));
        // unanchored pattern: a value that contains an address is routed by SMTP, whole
        assertEquals("SMTP:Vasil <vasil@contoso.com>",
                RoutingHints.hint(MAILBOX_ID, "Vasil <vasil@contoso.com>", TID));
    }

    @Test
    void aGuidGivesMbxWithTheTenantId() {
        String expected = "MBX:6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11@" + TID;
        assertEquals(expected, RoutingHints.hint(MAILBOX_ID, "6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11", TID));
        assertEquals(expected, RoutingHints.hint(MAILBOX_ID, "6F1D2C8E0A4B4C1E9F3A2B7D8E9C0A11", TID));
        assertEquals(expected, RoutingHints.hint(MAILBOX_ID, "{6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11}", TID));
        // java.util.UUID would read this; .NET's Guid.TryParse does not, so neither do we
        assertNull(RoutingHints.hint(MAILBOX_ID, "1-2-3-4-5", TID));
    }

    @Test
    void anythingElseGivesNoHint() {
        assertNull(RoutingHints.hint(MAILBOX_ID, "vasil", TID));
        assertNull(RoutingHints.hint(MAILBOX_ID, "Vasil Michev", TID));
        // the value from the issue: a mobile device identity, no address in it → the default anchor
        assertNull(RoutingHints.hint(MAILBOX_ID,
                "Egor\\ExchangeActiveSyncDevices\\Hx§Outlook§5F1A2B3C4D5E6F70", TID));
    }

    @Test
    void aFolderIdIsReadUpToItsFirstColon() {
        assertEquals("SMTP:tv@contoso.com", RoutingHints.hint(FOLDER_ID, "tv@contoso.com:\\Calendar", TID));
        assertNull(RoutingHints.hint(FOLDER_ID, "tv:\\Calendar", TID));
        // the mailbox-id rule does not cut at the colon
        assertEquals("SMTP:tv@contoso.com:\\Calendar",
                RoutingHints.hint(MAILBOX_ID, "tv@contoso.com:\\Calendar", TID));
    }

    @Test
    void headerValuesArePrintableAscii() {
        assertTrue(RoutingHints.isAscii("SMTP:vasil@contoso.com"));
        assertFalse(RoutingHints.isAscii("SMTP:jörg@contoso.com"));
        assertFalse(RoutingHints.isAscii("SMTP:a\r\nX-Evil: 1"));
    }
}
