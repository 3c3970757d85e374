package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.error.ParameterBindingException;
import dev.exobindings.runtime.value.ByteSize;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.runtime.value.Unlimited;
import dev.exobindings.exo.AddDistributionGroupMember;
import dev.exobindings.exo.AddMailboxPermission;
import dev.exobindings.exo.GetAcceptedDomain;
import dev.exobindings.exo.GetCASMailbox;
import dev.exobindings.exo.GetDistributionGroup;
import dev.exobindings.exo.GetDistributionGroupMember;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.GetMailboxPermission;
import dev.exobindings.exo.GetMailboxStatistics;
import dev.exobindings.exo.GetRecipient;
import dev.exobindings.exo.GetUser;
import dev.exobindings.exo.NewDistributionGroup;
import dev.exobindings.exo.RemoveDistributionGroup;
import dev.exobindings.exo.RemoveDistributionGroupMember;
import dev.exobindings.exo.SetCASMailbox;
import dev.exobindings.exo.SetMailbox;
import dev.exobindings.exo.enums.MailboxRights;
import dev.exobindings.exo.enums.RecipientTypeDetails;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.junit.ExoSimulatorExtension;
import dev.exobindings.simulator.tenant.MailboxStore;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every cmdlet the simulator implements, called through generated classes only. */
class ImplementedCmdletsTest {
    @RegisterExtension
    static final ExoSimulatorExtension SIMULATOR = new ExoSimulatorExtension(() -> Connections.simulator(300));

    private static ExchangeClient exo;

    @BeforeAll
    static void connect() {
        exo = Connections.client(SIMULATOR.simulator()).build();
    }

    @AfterAll
    static void disconnect() {
        exo.close();
    }

    private static ExoSimulator sim() {
        return SIMULATOR.simulator();
    }

    private static String mailboxName(int index) {
        return (String) sim().tenant().mailboxes().state(index).get("Name");
    }

    private static String upn(int index) {
        return (String) sim().tenant().mailboxes().state(index).get("UserPrincipalName");
    }

    @Test
    void getMailboxByIdentityAnrTypeFilterAndResultSize() {
        String name = mailboxName(5);
        assertEquals(name, exo.invoke(GetMailbox.identity(upn(5))).first().path("Name").asText());

        List<JsonNode> anr = exo.invoke(GetMailbox.anr(name).resultSize(ResultSize.unlimited())).rows();
        assertTrue(anr.stream().anyMatch(row -> row.path("Name").asText().equals(name)), anr::toString);

        MailboxStore mailboxes = sim().tenant().mailboxes();
        long shared = IntStream.range(0, mailboxes.count())
                .filter(i -> "SharedMailbox".equals(mailboxes.state(i).get("RecipientTypeDetails"))).count();
        List<JsonNode> sharedRows = exo.invoke(GetMailbox.all()
                .recipientTypeDetails(RecipientTypeDetails.SHARED_MAILBOX).resultSize(ResultSize.unlimited())).rows();
        assertTrue(shared > 0);
        assertEquals(shared, sharedRows.size());
        assertTrue(sharedRows.stream().allMatch(r -> r.path("RecipientTypeDetails").asText().equals("SharedMailbox")));

        String alias = (String) mailboxes.state(9).get("Alias");
        List<JsonNode> filtered = exo.invoke(GetMailbox.all().filter("Alias -eq '" + alias + "'")).rows();
        assertEquals(1, filtered.size());
        assertEquals(alias, filtered.get(0).path("Alias").asText());

        assertEquals(7, exo.invoke(GetMailbox.all().resultSize(ResultSize.of(7))).rows().size());
    }

    @Test
    void setMailboxChangesPropertiesAndAddsThenRemovesAnAddress() {
        String upn = upn(20);
        String alias = "smtp:e2e.extra@" + upn.substring(upn.indexOf('@') + 1);
        exo.invoke(SetMailbox.identity(upn).displayName("Renamed By E2E").hiddenFromAddressListsEnabled(true)
                .prohibitSendQuota(Unlimited.of(ByteSize.ofGigabytes(40))).emailAddresses(MultiValue.add(alias)));

        JsonNode row = exo.invoke(GetMailbox.identity(upn)).first();
        assertEquals("Renamed By E2E", row.path("DisplayName").asText());
        assertTrue(row.path("HiddenFromAddressListsEnabled").asBoolean());
        assertTrue(addresses(row).contains(alias), row.toString());

        exo.invoke(SetMailbox.identity(upn).emailAddresses(MultiValue.remove(alias)));
        assertFalse(addresses(exo.invoke(GetMailbox.identity(upn)).first()).contains(alias));
    }

    private static List<String> addresses(JsonNode row) {
        return StreamSupport.stream(row.path("EmailAddresses").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void casMailboxReadAndWrite() {
        String upn = upn(30);
        assertTrue(exo.invoke(GetCASMailbox.identity(upn)).first().path("OWAEnabled").asBoolean());
        exo.invoke(SetCASMailbox.identity(upn).owaEnabled(false).popEnabled(false));
        JsonNode after = exo.invoke(GetCASMailbox.identity(upn)).first();
        assertFalse(after.path("OWAEnabled").asBoolean());
        assertFalse(after.path("PopEnabled").asBoolean());
    }

    @Test
    void userRecipientAcceptedDomainAndStatistics() {
        String upn = upn(40);
        assertEquals(upn, exo.invoke(GetUser.identity(upn)).first().path("UserPrincipalName").asText());
        assertEquals(mailboxName(40), exo.invoke(GetRecipient.identity(upn)).first().path("Name").asText());
        String initial = sim().tenant().domains().initialDomain();
        assertTrue(exo.invoke(GetAcceptedDomain.all()).rows().stream()
                .anyMatch(row -> row.toString().contains(initial)));
        JsonNode stats = exo.invoke(GetMailboxStatistics.identity(upn)).first();
        assertTrue(stats.has("ItemCount") && stats.has("TotalItemSize"), stats.toString());
    }

    @Test
    void distributionGroupLifecycleWithMembers() {
        String group = "e2e-group";
        exo.invoke(NewDistributionGroup.name(group).displayName("E2E Group").members(upn(50), upn(51)));
        assertEquals(group, exo.invoke(GetDistributionGroup.identity(group)).first().path("Name").asText());

        exo.invoke(AddDistributionGroupMember.identity(group).member(upn(52)));
        assertEquals(3, members(group).size());
        exo.invoke(RemoveDistributionGroupMember.identity(group).member(upn(50)));
        assertEquals(List.of(mailboxName(51), mailboxName(52)).stream().sorted().toList(),
                members(group).stream().sorted().toList());

        exo.invoke(RemoveDistributionGroup.identity(group));
        assertThrows(ObjectNotFoundException.class, () -> exo.invoke(GetDistributionGroup.identity(group)));
        assertEquals(1, sim().counters().applied("Remove-DistributionGroup", group));
    }

    private static List<String> members(String group) {
        InvokeResult result = exo.invoke(GetDistributionGroupMember.identity(group).resultSize(ResultSize.unlimited()));
        return result.rows().stream().map(row -> row.path("Name").asText()).toList();
    }

    @Test
    void mailboxPermissionsGrantAndRead() {
        String owner = upn(60);
        String delegate = upn(61);
        exo.invoke(AddMailboxPermission.identity(owner).accessRights(MailboxRights.FULL_ACCESS).user(delegate));
        List<JsonNode> grants = exo.invoke(GetMailboxPermission.identity(owner).user(delegate)).rows();
        assertEquals(1, grants.size(), grants.toString());
        assertTrue(grants.get(0).path("AccessRights").toString().contains("FullAccess"), grants.toString());
    }

    @Test
    void shouldProcessCmdletsSendConfirmFalseAndReadsDoNot() {
        exo.invoke(NewDistributionGroup.name("e2e-confirm"));
        exo.invoke(RemoveDistributionGroup.identity("e2e-confirm"));
        String removeBody = sim().journal().calls("Remove-DistributionGroup").get(0).parametersJson();
        assertTrue(removeBody.contains("\"Confirm\":false"), removeBody);
        exo.invoke(GetUser.identity(upn(70)));
        String readBody = sim().journal().calls("Get-User").get(0).parametersJson();
        assertFalse(readBody.contains("Confirm"), readBody);
    }

    @Test
    void anArgumentTheServiceRejectsIsATypedBindingErrorAndChangesNothing() {
        // Types and sets are checked by javac; values (here: an address outside the accepted domains) by the service.
        String upn = upn(80);
        ParameterBindingException e = assertThrows(ParameterBindingException.class,
                () -> exo.invoke(SetMailbox.identity(upn).emailAddresses(MultiValue.add("smtp:x@fabrikam.example"))));
        assertEquals(400, e.httpStatus());
        assertTrue(e.getMessage().contains("fabrikam.example"), e.getMessage());
        assertEquals(0, sim().counters().applied("Set-Mailbox", mailboxName(80)));
    }

    @Test
    void unknownIdentityIsATypedNotFound() {
        ObjectNotFoundException e = assertThrows(ObjectNotFoundException.class,
                () -> exo.invoke(GetMailbox.identity("nobody-here@contoso.com")));
        assertEquals(404, e.httpStatus());
        assertTrue(e.getMessage().contains("nobody-here"), e.getMessage());
    }
}
