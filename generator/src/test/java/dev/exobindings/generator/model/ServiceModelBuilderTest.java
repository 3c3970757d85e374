package dev.exobindings.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.model.TypeRef.Kind;
import dev.exobindings.generator.testing.FixtureModel;
import dev.exobindings.generator.testing.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intermediate model: type mapping, enums and parameter-set analysis, decided once. */
class ServiceModelBuilderTest {
    private static final ServiceModel MODEL = FixtureModel.all();

    private static ParameterModel parameter(String cmdlet, String name) {
        return FixtureModel.cmdlet(MODEL, cmdlet).parameters().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String shape(TypeRef t) {
        return switch (t.kind()) {
            case LIST -> "LIST<" + shape(t.element()) + ">";
            case ENUM -> "ENUM " + t.enumClass();
            default -> t.kind().name();
        };
    }

    @ParameterizedTest(name = "{0} -{1} -> {2}")
    @CsvSource({
            "Set-Scalars, Enabled, BOOLEAN", "Set-Scalars, Count, INT", "Set-Scalars, Small, LONG",
            "Set-Scalars, Big, LONG", "Set-Scalars, Ratio, DOUBLE", "Set-Scalars, Id, UUID",
            "Set-Scalars, Start, INSTANT", "Set-Scalars, End, INSTANT", "Set-Scalars, Age, DURATION",
            "Set-Scalars, Timeout, DURATION", "Set-Scalars, Quota, UNLIMITED", "Set-Scalars, Size, BYTE_SIZE",
            "Set-Scalars, Blob, BYTES", "Set-Scalars, Login, CREDENTIAL", "Set-Scalars, Password, SECRET",
            "Get-Mailbox, Identity, STRING", "Get-Mailbox, Archive, SWITCH",
            "Get-Mailbox, RecipientTypeDetails, LIST<ENUM RecipientTypeDetails>",
            "Set-Mailbox, EmailAddresses, LIST<STRING>",
            "Set-Lists, Names, LIST<STRING>", "Set-Lists, Recipients, LIST<STRING>", "Set-Lists, Words, LIST<STRING>",
            "Set-Lists, Numbers, LIST<INT>", "Set-Lists, Guids, LIST<UUID>", "Set-Lists, Ports, LIST<INT>",
            "Set-Tables, Properties, MAP", "Set-Tables, Rows, LIST<MAP>", "Set-Tables, Pairs, MAP",
            "Set-OddEnum, Mode, ENUM OddMode", "Set-OddEnum, Level, ENUM SetOddEnumLevel", "Set-OddEnum, Note, STRING",
            "Get-OddEnum, Mode, ENUM OddMode", "Get-OddEnum, Modes, LIST<ENUM OddMode>",
            "Set-Unknown, Frob, STRING", "Set-Unknown, Nested, LIST<STRING>"})
    void typeMapping(String cmdlet, String parameter, String expected) {
        assertEquals(expected, shape(parameter(cmdlet, parameter).type()));
    }

    @Test
    void unknownTypesAreFlaggedAndCounted() {
        assertTrue(parameter("Set-Unknown", "Frob").unknownType());
        assertTrue(parameter("Set-Unknown", "Nested").unknownType());
        assertFalse(parameter("Set-Lists", "Words").unknownType(), "MultiValuedProperty of text is known");
        assertEquals(4, MODEL.unknownTypeFallbacks());
    }

    @Test
    void proseValuesOnTextStayAsJavadocFacts() {
        assertEquals(List.of("SMTP", "smtp", "X400"), parameter("Set-Mailbox", "EmailAddresses").allowedValues());
    }

    @Test
    void enumsAreTheUnionInFirstSeenOrderWithCaseDuplicatesMerged() {
        EnumModel odd = FixtureModel.enumNamed(MODEL, "OddMode");
        assertEquals("OddMode", odd.exchangeType());
        assertEquals(List.of("EXTRA", "HELLO_WORLD", "VALUE_1ST_VALUE", "A_B", "X_Y", "UNRECOGNIZED_2", "UBER",
                "VALUE", "USER_MAILBOX", "USER_MAILBOX_2"), odd.constants().stream()
                .map(EnumModel.EnumConstant::name).toList());
        assertEquals(List.of("Get-OddEnum -Mode", "Get-OddEnum -Modes", "Set-OddEnum -Mode"), odd.usedBy());
        assertTrue(MODEL.warnings().stream().anyMatch(w -> w.startsWith("Enum OddMode (Exchange type OddMode): "
                + "parameters list different values")), MODEL.warnings().toString());
        assertNull(FixtureModel.enumNamed(MODEL, "SetOddEnumLevel").exchangeType());
    }

    @Test
    void getMailboxSetsBecomeEntries() {
        CmdletModel c = FixtureModel.cmdlet(MODEL, "Get-Mailbox");
        assertEquals(List.of("Identity", "AnrSet", "MailboxPlanSet"), c.sets().stream().map(ParameterSetModel::name)
                .toList());
        ParameterSetModel identity = c.sets().get(0);
        assertTrue(identity.isDefault());
        assertEquals(List.of("identity", "all"), identity.entries().stream().map(EntryModel::methodName).toList());
        assertEquals("Identity", identity.entry().distinguishing().parameter().name());
        assertEquals(List.of("anr"), c.sets().get(1).entries().stream().map(EntryModel::methodName).toList());
        assertEquals(List.of("mailboxPlan"), c.sets().get(2).entries().stream().map(EntryModel::methodName).toList());
        assertEquals("Shared", c.sharedBaseName());
        assertEquals(List.of("Archive", "Filter", "RecipientTypeDetails", "ResultSize"), c.sharedSetters().stream()
                .map(ParameterModel::name).toList());
        assertEquals(List.of("Identity"), identity.setters().stream().map(sp -> sp.parameter().name()).toList(),
                "the optional -Identity keeps a setter (all().identity(x) is also writable); the rest is shared");
    }

    @Test
    void mandatoryInEverySetAndAMandatorySwitch() {
        CmdletModel c = FixtureModel.cmdlet(MODEL, "Set-Mailbox");
        assertTrue(c.supportsShouldProcess());
        assertTrue(c.parameters().stream().noneMatch(p -> p.name().equals("Confirm") || p.name().equals("WhatIf")));
        EntryModel identity = c.sets().get(0).entry();
        assertEquals("identity", identity.methodName(), "no distinguishing parameter: named after the set");
        assertEquals(List.of("Identity"), identity.arguments().stream().map(a -> a.parameter().name()).toList());
        EntryModel aggregated = c.sets().get(1).entry();
        assertEquals("addAggregatedMailbox", aggregated.methodName());
        assertEquals(List.of(), aggregated.arguments(), "the switch chooses the set; -Identity is a staged step");
        assertEquals(List.of("Identity"), c.sets().get(1).steps().stream().map(a -> a.parameter().name()).toList());
        assertEquals(List.of("AddAggregatedMailbox"), aggregated.presetSwitches().stream()
                .map(a -> a.parameter().name()).toList());
        assertEquals(1, c.sets().get(0).entries().size(), "Identity is mandatory: no create()");
    }

    @Test
    void theDefaultSetsOptionalDistinguishingValueIsNotForcedWhenTheSetHasMandatoryParameters() {
        // Get-MailboxPermission's shape: default set AccessRights (Identity mandatory, User optional, only here),
        // set Owner (Identity mandatory, Owner a mandatory switch). PowerShell binds -Identity alone to the default.
        ServiceModel model = FixtureModel.of(SnapshotBuilder.snapshot()
                .add(SnapshotBuilder.cmdlet("Get-Grant").sets("AccessRights", "Owner").defaultSet("AccessRights")
                        .param(SnapshotBuilder.param("Identity", "MailboxIdParameter")
                                .sets(SnapshotBuilder.mandatory("AccessRights", 0), SnapshotBuilder.mandatory("Owner", 0)))
                        .param(SnapshotBuilder.param("User", "SecurityPrincipalIdParameter")
                                .sets(SnapshotBuilder.in("AccessRights")))
                        .param(SnapshotBuilder.param("Owner", "SwitchParameter")
                                .sets(SnapshotBuilder.mandatory("Owner"))))
                .build());
        CmdletModel c = FixtureModel.cmdlet(model, "Get-Grant");
        EntryModel accessRights = c.sets().get(0).entry();
        assertEquals("identity", accessRights.methodName());
        assertEquals(List.of("Identity"), accessRights.arguments().stream().map(a -> a.parameter().name()).toList());
        assertTrue(c.sets().get(0).setters().stream().anyMatch(sp -> sp.parameter().name().equals("User")),
                "-User stays a setter of the set");
        EntryModel owner = c.sets().get(1).entry();
        assertEquals("owner", owner.methodName());
        assertEquals(List.of("Owner"), owner.presetSwitches().stream().map(a -> a.parameter().name()).toList());
    }

    @Test
    void aNonDefaultSetIsChosenByItsOwnParameterAndNamesItsMandatoryOnesInSteps() {
        // PowerShell picks a non-default set only when one of its own parameters is bound: the entry takes that
        // value alone, and the mandatory -Identity follows as a named step.
        ServiceModel model = FixtureModel.of(SnapshotBuilder.snapshot()
                .add(SnapshotBuilder.cmdlet("Get-Grant").sets("AccessRights", "Cloud").defaultSet("AccessRights")
                        .param(SnapshotBuilder.param("Identity", "MailboxIdParameter")
                                .sets(SnapshotBuilder.mandatory("AccessRights", 0), SnapshotBuilder.mandatory("Cloud", 0)))
                        .param(SnapshotBuilder.param("User", "SecurityPrincipalIdParameter")
                                .sets(SnapshotBuilder.in("AccessRights")))
                        .param(SnapshotBuilder.param("Region", "String")
                                .sets(SnapshotBuilder.in("Cloud"))))
                .build());
        CmdletModel c = FixtureModel.cmdlet(model, "Get-Grant");
        EntryModel accessRights = c.sets().get(0).entry();
        assertEquals("identity", accessRights.methodName());
        assertEquals(List.of("Identity"), accessRights.arguments().stream().map(a -> a.parameter().name()).toList());
        EntryModel cloud = c.sets().get(1).entry();
        assertEquals("region", cloud.methodName());
        assertEquals(List.of("Region"), cloud.arguments().stream().map(a -> a.parameter().name()).toList());
        assertEquals(List.of("Identity"), c.sets().get(1).steps().stream().map(a -> a.parameter().name()).toList());
    }

    /**
     * A set that nothing of its own chooses is entered by a method named after it; when a mandatory parameter has
     * the set's name, that is the entry's argument (as New-Mailbox -MicrosoftOnlineServicesID reads), and -Name,
     * first by position, is the step.
     */
    @Test
    void anEntryNamedAfterItsSetTakesTheParameterOfThatName() {
        ServiceModel model = FixtureModel.of(SnapshotBuilder.snapshot()
                .add(SnapshotBuilder.cmdlet("New-Box").sets("User", "MicrosoftOnlineServicesID", "Federated")
                        .defaultSet("User")
                        .param(SnapshotBuilder.param("Name", "String").sets(SnapshotBuilder.mandatory("User", 0),
                                SnapshotBuilder.mandatory("MicrosoftOnlineServicesID", 0),
                                SnapshotBuilder.mandatory("Federated", 0)))
                        .param(SnapshotBuilder.param("MicrosoftOnlineServicesID", "String").sets(
                                SnapshotBuilder.mandatory("MicrosoftOnlineServicesID"),
                                SnapshotBuilder.mandatory("Federated")))
                        .param(SnapshotBuilder.param("FederatedIdentity", "String")
                                .sets(SnapshotBuilder.mandatory("Federated"))))
                .build());
        CmdletModel c = FixtureModel.cmdlet(model, "New-Box");
        ParameterSetModel mosid = c.sets().stream().filter(s -> s.name().equals("MicrosoftOnlineServicesID"))
                .findFirst().orElseThrow();
        assertEquals("microsoftOnlineServicesID", mosid.entry().methodName());
        assertEquals(List.of("MicrosoftOnlineServicesID"),
                mosid.entry().arguments().stream().map(a -> a.parameter().name()).toList());
        assertEquals(List.of("Name"), mosid.steps().stream().map(a -> a.parameter().name()).toList());
    }

    /**
     * An entry whose least call another set takes too is left out (the set with it, when it has no other entry);
     * one that a switch of its set would make choose the set sends that switch.
     */
    @Test
    void anEntryNeverSendsABodyOfAnotherSet() {
        ServiceModel model = FixtureModel.of(SnapshotBuilder.snapshot()
                .add(SnapshotBuilder.cmdlet("New-Box").sets("User", "Linked", "Plain", "Consent").defaultSet("User")
                        .param(SnapshotBuilder.param("Name", "String").sets(SnapshotBuilder.mandatory("User"),
                                SnapshotBuilder.mandatory("Linked"), SnapshotBuilder.mandatory("Plain"),
                                SnapshotBuilder.mandatory("Consent")))
                        .param(SnapshotBuilder.param("Password", "String").sets(SnapshotBuilder.mandatory("User")))
                        .param(SnapshotBuilder.param("Office", "String").sets(SnapshotBuilder.in("Linked"),
                                SnapshotBuilder.in("Plain")))
                        .param(SnapshotBuilder.param("Phone", "String").sets(SnapshotBuilder.in("Linked")))
                        .param(SnapshotBuilder.param("Note", "String").sets(SnapshotBuilder.in("Plain"),
                                SnapshotBuilder.in("User")))
                        .param(SnapshotBuilder.param("Consent", "SwitchParameter").sets(SnapshotBuilder.in("Consent"),
                                SnapshotBuilder.in("User"))))
                .build());
        CmdletModel c = FixtureModel.cmdlet(model, "New-Box");
        assertEquals(List.of("User", "Linked", "Consent"), c.sets().stream().map(ParameterSetModel::name).toList());
        assertEquals(List.of("New-Box [Plain]: no entry: its parameters alone choose another set or none"),
                model.droppedSets());
        ParameterSetModel consent = c.sets().get(2);
        assertEquals(List.of("Consent"), consent.entry().presetSwitches().stream().map(sp -> sp.parameter().name())
                .toList(), "-Name alone is ambiguous (Plain, Consent): the entry sends -Consent");
    }

    @Test
    void singleSets() {
        CmdletModel getThing = FixtureModel.cmdlet(MODEL, "Get-Thing");
        assertEquals("Request", getThing.sets().get(0).builderName());
        assertEquals(List.of("all"), getThing.sets().get(0).entries().stream().map(EntryModel::methodName).toList());
        CmdletModel newThing = FixtureModel.cmdlet(MODEL, "New-Thing");
        assertEquals("name", newThing.sets().get(0).entry().methodName());
        assertNull(newThing.documentationUrl(), "javascript: URLs are dropped");
    }

    @Test
    void collidingEntryAndBuilderNamesAreDisambiguatedDeterministically() {
        CmdletModel c = FixtureModel.cmdlet(MODEL, "Get-Collide");
        assertEquals(List.of("byName", "byNameByName", "all"), c.sets().stream().map(s -> s.entry().methodName())
                .toList());
        assertEquals(List.of("ByNameSet", "ByNameSet2", "AllSet"), c.sets().stream()
                .map(ParameterSetModel::builderName).toList());
    }

    @Test
    void keywordsAndReservedNamesAreEscaped() {
        CmdletModel c = FixtureModel.cmdlet(MODEL, "Set-Keywords");
        assertEquals(List.of("identity", "caseValue", "caseValue2", "defaultValue", "classValue", "setValue",
                "selfValue", "toJsonValue", "equalsValue", "hashCodeValue", "getClassValue", "allValue",
                "createValue", "bindValue", "smtpServer", "pin"), c.parameters().stream()
                .map(ParameterModel::methodName).toList());
        assertEquals(Kind.SWITCH, c.parameters().get(11).type().kind());
    }

    @Test
    void inTheBundledSnapshotNoOptionalValueIsForcedAndEverySetIsReachable() {
        var snapshot = dev.exobindings.metadata.BundledSnapshots.exchangeOnline();
        ServiceModel model = FixtureModel.of(snapshot);
        int ownEntries = 0;
        for (CmdletModel c : model.cmdlets()) {
            for (ParameterSetModel set : c.sets()) {
                assertTrue(!set.entries().isEmpty(), c.name() + " [" + set.name() + "] has no entry");
                for (EntryModel e : set.entries()) {
                    SetParameter arg = e.argument();
                    assertTrue(arg == null || arg.mandatory() || c.setsOf(arg.parameter()).size() == 1,
                            c.name() + "." + e.methodName() + " forces the optional -" + (arg == null ? "" :
                                    arg.parameter().name()));
                }
                boolean hasMandatory = set.parameters().stream().anyMatch(SetParameter::mandatory);
                if (set.isDefault() && !hasMandatory) {
                    assertTrue(set.entries().stream().anyMatch(e -> e.arguments().isEmpty()
                            && e.presetSwitches().isEmpty()), c.name() + ": the default set needs an entry alone");
                }
                if (!set.isDefault() && set.entries().size() > 1) {
                    ownEntries += set.entries().size();
                }
            }
        }
        assertTrue(ownEntries > 50, "non-default sets reachable through each of their own parameters: " + ownEntries);
        CmdletModel move = FixtureModel.cmdlet(model, "Get-MoveRequest");
        assertTrue(move.sets().stream().filter(s -> s.name().equals("Filtering")).findFirst().orElseThrow().entries()
                .stream().map(EntryModel::methodName).toList().containsAll(List.of("status", "batchName")));
        CmdletModel role = FixtureModel.cmdlet(model, "Get-ManagementRoleAssignment");
        assertTrue(role.sets().stream().anyMatch(s -> s.entries().stream().anyMatch(e -> e.methodName().equals("role"))));
        CmdletModel addressList = FixtureModel.cmdlet(model, "Get-AddressList");
        assertEquals("Identity", addressList.sets().stream().filter(ParameterSetModel::isDefault).findFirst()
                .orElseThrow().name(), "no default in the snapshot: the Identity set, as Exchange's cmdlets declare");
        CmdletModel secOps = FixtureModel.cmdlet(model, "New-ExoSecOpsOverrideRule");
        ParameterSetModel byName = secOps.sets().stream().filter(s -> s.name().equals("Default")).findFirst()
                .orElseThrow();
        // SetRawXml, ComplianceTag and PublishComplianceTag are dropped (every call is one of Default), so -Policy
        // is Default's own among the generated sets and chooses it; -Name and -Comment stay optional setters
        assertEquals(List.of("policy"), byName.entries().stream().map(EntryModel::methodName).toList());
        assertEquals(List.of(), byName.steps());
        CmdletModel allowBlock = FixtureModel.cmdlet(model, "New-TenantAllowBlockListItems");
        ParameterSetModel expiration = allowBlock.sets().stream().filter(s -> s.name().equals("Expiration"))
                .findFirst().orElseThrow();
        assertTrue(expiration.entries().stream().anyMatch(e -> e.methodName().equals("expiration")
                        && e.arguments().isEmpty()),
                "a line without -ExpirationDate still runs set Expiration (NoExpiration needs its switch)");
        CmdletModel recoverable = FixtureModel.cmdlet(model, "Get-RecoverableItems");
        assertEquals(List.of("Cloud"), recoverable.sets().stream().map(ParameterSetModel::name).toList(),
                "OnPremises is dropped: every call of it is a call of Cloud");
        assertEquals(List.of("identity"), recoverable.sets().get(0).entries().stream().map(EntryModel::methodName)
                .toList(), "left with one set, the cmdlet is entered like a one-set cmdlet");
        assertEquals(99, model.droppedSets().size(), model.droppedSets().toString());
        assertEquals(8, model.droppedSets().stream().filter(d -> d.startsWith("Set-Mailbox [")).count());
        assertTrue(model.droppedSets().contains("Add-MailboxPermission [ResetDefault]: no parameter chooses it: every "
                + "call is also a call of set Instance"), model.droppedSets().toString());
    }
}
