package dev.exobindings.simulator;

import dev.exobindings.simulator.tenant.Tenant;
import dev.exobindings.simulator.tenant.TenantDomains;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantSeedingTest {

    @Test
    void theSameSeedGivesTheSameTenant() {
        Tenant a = new Tenant(7, "contoso.onmicrosoft.com", 2000);
        Tenant b = new Tenant(7, "contoso.onmicrosoft.com", 2000);
        for (int i = 0; i < 2000; i += 97) {
            assertEquals(a.mailboxes().state(i), b.mailboxes().state(i));
        }
        assertEquals(a.groups().all(), b.groups().all());
        assertEquals(a.tenantId(), b.tenantId());
        Tenant c = new Tenant(8, "contoso.onmicrosoft.com", 2000);
        assertNotEquals(a.mailboxes().state(1), c.mailboxes().state(1));
    }

    @Test
    void namesAddressesAndGuidsAreUniqueAndResolveBack() {
        Tenant tenant = new Tenant(3, "contoso", 5000);
        Set<Object> guids = new HashSet<>();
        Set<Object> addresses = new HashSet<>();
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (int i = 0; i < 5000; i++) {
            Map<String, Object> state = tenant.mailboxes().state(i);
            assertTrue(guids.add(state.get("ExchangeGuid")));
            assertTrue(addresses.add(state.get("PrimarySmtpAddress")));
            assertEquals(i, tenant.mailboxes().find(state.get("Guid").toString()).orElseThrow());
            assertEquals(i, tenant.mailboxes().find(state.get("UserPrincipalName").toString()).orElseThrow());
            kinds.merge(state.get("RecipientTypeDetails").toString(), 1, Integer::sum);
        }
        assertEquals(Set.of("UserMailbox", "SharedMailbox", "RoomMailbox", "EquipmentMailbox"), kinds.keySet());
        assertTrue(kinds.get("UserMailbox") > 3500, kinds.toString());
        assertTrue(tenant.mailboxes().find("00000000-0000-4000-8000-000000000001").isEmpty());
        assertTrue(tenant.mailboxes().find("room99999").isEmpty());
    }

    @Test
    void aHundredThousandMailboxesSeedInLittleMemory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Tenant tenant = new Tenant(1, "contoso.onmicrosoft.com", 100_000);
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - before;
        assertEquals(100_000, tenant.mailboxes().count());
        assertEquals(2000, tenant.groups().size());
        System.out.printf("100k-mailbox tenant retains about %.1f MB%n", retained / 1e6);
        assertTrue(retained < 32_000_000, "retained " + retained + " bytes");
        assertTrue(tenant.mailboxes().find(tenant.mailboxes().state(99_999).get("Alias").toString()).isPresent());
    }

    @Test
    void anOrganisationNameOrADomainGivesBothDomains() {
        assertEquals(new TenantDomains("fabrikam.onmicrosoft.com", "fabrikam.com"), TenantDomains.of("Fabrikam"));
        assertEquals(new TenantDomains("fabrikam.onmicrosoft.com", "fabrikam.com"),
                TenantDomains.of("fabrikam.onmicrosoft.com"));
    }

    @Test
    void aTenantNoClientCouldReachIsRefusedWhenTheSimulatorIsBuilt() {
        Map<String, String> problems = Map.of(
                "not a tenant", "'not a tenant' is not a DNS label",
                "contoso..com", "empty label",
                "contoso/x", "'contoso/x' is not a DNS label",
                " ", "it is empty",
                "a\nb", "'a\\u000ab' is not a DNS label");
        problems.forEach((tenant, problem) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ExoSimulator.builder().tenant(tenant));
            assertTrue(e.getMessage().contains(problem), e.getMessage());
            assertTrue(e.getMessage().contains("Give an organisation name (contoso) or its initial domain"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        });
    }
}
