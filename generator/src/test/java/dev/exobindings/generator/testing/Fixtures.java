package dev.exobindings.generator.testing;

import static dev.exobindings.generator.testing.SnapshotBuilder.cmdlet;
import static dev.exobindings.generator.testing.SnapshotBuilder.in;
import static dev.exobindings.generator.testing.SnapshotBuilder.mandatory;
import static dev.exobindings.generator.testing.SnapshotBuilder.param;
import static dev.exobindings.generator.testing.SnapshotBuilder.positional;

import dev.exobindings.generator.testing.SnapshotBuilder.CmdletBuilder;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;

/** The fixture snapshot: small cmdlets, each exercising one feature of the generator. */
public final class Fixtures {
    public static final String PACKAGE = "com.example.fixture";

    private Fixtures() {
    }

    /** Every fixture cmdlet in one snapshot (enum naming and the catalog look at all of them). */
    public static Snapshot all() {
        return SnapshotBuilder.snapshot().add(getMailbox()).add(setMailbox()).add(getThing()).add(newThing())
                .add(newResource()).add(setKeywords()).add(getCollide()).add(setOddEnum()).add(getOddEnum())
                .add(setLists()).add(setTables()).add(setUnknown()).add(setScalars()).add(setFlags())
                .add(getDeviceStatistics()).add(removeThing()).build();
    }

    /** Known traits with a routing parameter that is not Identity, its opt-in switch, no batching, a long timeout. */
    public static CmdletBuilder getDeviceStatistics() {
        return cmdlet("Get-DeviceStatistics").sets("Identity", "Mailbox").defaultSet("Identity")
                .traits(new CmdletTraits(false, null, false, new RoutingHint("Mailbox", RoutingKind.MAILBOX_ID), 3660))
                .param(param("Identity", "MobileDeviceIdParameter").sets(mandatory("Identity", 0)))
                .param(param("Mailbox", "MailboxIdParameter").sets(mandatory("Mailbox")))
                .param(param("UseCustomRouting", "SwitchParameter"));
    }

    /** Known traits: ShouldProcess with ConfirmImpact High, batchable, default timeout. */
    public static CmdletBuilder removeThing() {
        return cmdlet("Remove-Thing").traits(new CmdletTraits(true, ConfirmImpact.HIGH, true, null, 960))
                .param(param("Identity", "ThingIdParameter").sets(mandatory("__AllParameterSets", 0)));
    }

    /** Many sets; distinguishing parameters; a default set with a plain {@code all()} entry; an enum list. */
    public static CmdletBuilder getMailbox() {
        return cmdlet("Get-Mailbox").sets("Identity", "AnrSet", "MailboxPlanSet").defaultSet("Identity")
                .param(param("Anr", "String").sets(mandatory("AnrSet")))
                .param(param("Archive", "SwitchParameter"))
                .param(param("Filter", "String"))
                .param(param("Identity", "MailboxIdParameter").sets(positional("Identity", 0)))
                .param(param("MailboxPlan", "MailboxPlanIdParameter").sets(in("MailboxPlanSet")))
                .param(param("RecipientTypeDetails", "RecipientTypeDetails[]").multi()
                        .values(ValuesOrigin.DOCS_PROSE, "UserMailbox", "SharedMailbox", "RoomMailbox"))
                .param(param("ResultSize", "Unlimited"));
    }

    /**
     * Flags enums (a {@code …Flags} type name, a listed type) take several values; every optional parameter has a
     * clear method, and {@code clearFoo} for {@code -Foo} gives way to the setter of {@code -ClearFoo}.
     */
    public static CmdletBuilder setFlags() {
        return cmdlet("Set-Flags")
                .param(param("Identity", "FlagsIdParameter").sets(mandatory("__AllParameterSets", 0)))
                .param(param("IncludedRecipients", "WellKnownRecipientType")
                        .values(ValuesOrigin.DOCS_PROSE, "AllRecipients", "MailboxUsers", "MailContacts"))
                .param(param("SharingPermissionFlags", "MailboxFolderPermissionFlags")
                        .values(ValuesOrigin.DOCS_PROSE, "None", "Delegate", "CanViewPrivateItems"))
                .param(param("AccessLevel", "DeviceAccessLevel")
                        .values(ValuesOrigin.DOCS_PROSE, "Allow", "Block", "Quarantine"))
                .param(param("Foo", "String"))
                .param(param("ClearFoo", "SwitchParameter"));
    }

    /** Identity mandatory in every set; a mandatory switch picks a set; ShouldProcess; an address list. */
    public static CmdletBuilder setMailbox() {
        return cmdlet("Set-Mailbox").sets("Identity", "AddAggregatedMailbox").defaultSet("Identity").shouldProcess()
                .param(param("AddAggregatedMailbox", "SwitchParameter").sets(mandatory("AddAggregatedMailbox")))
                .param(param("EmailAddresses", "ProxyAddressCollection").multi()
                        .values(ValuesOrigin.DOCS_PROSE, "SMTP", "smtp", "X400"))
                .param(param("Identity", "MailboxIdParameter").sets(mandatory("Identity", 0),
                        mandatory("AddAggregatedMailbox", 0)))
                .param(param("IssueWarningQuota", "Unlimited"))
                .param(param("RetainDeletedItemsFor", "EnhancedTimeSpan"))
                .param(param("UseDatabaseQuotaDefaults", "Boolean"))
                .param(param("Confirm", "SwitchParameter").aliases("cf"))
                .param(param("WhatIf", "SwitchParameter").aliases("wi"));
    }

    /** One unnamed set, no mandatory parameter: {@code all()} only. */
    public static CmdletBuilder getThing() {
        return cmdlet("Get-Thing")
                .param(param("Identity", "ThingIdParameter").sets(positional("__AllParameterSets", 0)))
                .param(param("ResultSize", "Unlimited"));
    }

    /** One unnamed set with a mandatory parameter: the entry is named after it. */
    public static CmdletBuilder newThing() {
        return cmdlet("New-Thing").url("javascript:alert(1)")
                .param(param("Name", "String").sets(mandatory("__AllParameterSets", 0)))
                .param(param("DisplayName", "String"));
    }

    /** Mandatory switches choose the set and are not arguments. */
    public static CmdletBuilder newResource() {
        return cmdlet("New-Resource").sets("Room", "Equipment", "Shared").defaultSet("Room").shouldProcess()
                .param(param("Name", "String").sets(mandatory("Room", 0), mandatory("Equipment", 0),
                        mandatory("Shared", 0)))
                .param(param("Room", "SwitchParameter").sets(mandatory("Room")))
                .param(param("Equipment", "SwitchParameter").sets(mandatory("Equipment")))
                .param(param("Shared", "SwitchParameter").sets(mandatory("Shared")))
                .param(param("Alias", "String"));
    }

    /** Java keywords and names of methods every builder has. */
    public static CmdletBuilder setKeywords() {
        return cmdlet("Set-Keywords")
                .param(param("Identity", "String").sets(mandatory("__AllParameterSets", 0)))
                .param(param("Case", "String"))
                .param(param("CaseValue", "String"))
                .param(param("Default", "Boolean"))
                .param(param("Class", "Int32"))
                .param(param("Set", "String"))
                .param(param("Self", "String"))
                .param(param("ToJson", "String"))
                .param(param("Equals", "String"))
                .param(param("HashCode", "String"))
                .param(param("GetClass", "String"))
                .param(param("All", "SwitchParameter"))
                .param(param("Create", "String"))
                .param(param("Bind", "String"))
                .param(param("SMTPServer", "Fqdn"))
                .param(param("PIN", "String"));
    }

    /** Set names that give the same entry and builder names, and a set named after a reserved method. */
    public static CmdletBuilder getCollide() {
        return cmdlet("Get-Collide").sets("By-Name", "ByName", "All").defaultSet("All")
                .param(param("Name", "String").sets(mandatory("By-Name"), mandatory("ByName")))
                .param(param("X", "String").sets(in("By-Name"), in("All")))
                .param(param("Y", "String").sets(mandatory("ByName"), in("All")))
                .param(param("Filter", "String"));
    }

    /** Enum values that are hard to name; a per-parameter enum; a prose list on a text type stays String. */
    public static CmdletBuilder setOddEnum() {
        return cmdlet("Set-OddEnum")
                .param(param("Mode", "OddMode").values(ValuesOrigin.VALIDATE_SET, "Hello World", "1stValue", "a-b",
                        "A-B", "x.y", "Unrecognized", "Über", "-", "UserMailbox", "USER_MAILBOX"))
                .param(param("Level", "String").values(ValuesOrigin.VALIDATE_SET, "Low", "High"))
                .param(param("Note", "String").values(ValuesOrigin.DOCS_PROSE, "Short", "Long"));
    }

    /** The same enum type without values of its own, and as a list with one more value (union). */
    public static CmdletBuilder getOddEnum() {
        return cmdlet("Get-OddEnum")
                .param(param("Mode", "OddMode"))
                .param(param("Modes", "OddMode[]").multi().values(ValuesOrigin.DOCS_PROSE, "Extra"));
    }

    public static CmdletBuilder setLists() {
        return cmdlet("Set-Lists")
                .param(param("Names", "String[]"))
                .param(param("Recipients", "RecipientIdParameter[]"))
                .param(param("Words", "MultiValuedProperty").multi())
                .param(param("Numbers", "Int32[]"))
                .param(param("Guids", "Guid[]"))
                .param(param("Ports", "MultiValuedProperty").multi().element("Int32"));
    }

    public static CmdletBuilder setTables() {
        return cmdlet("Set-Tables")
                .param(param("Properties", "Hashtable"))
                .param(param("Rows", "PswsHashtable[]"))
                .param(param("Pairs", "System.Collections.Generic.Dictionary[string,string]"));
    }

    public static CmdletBuilder setUnknown() {
        return cmdlet("Set-Unknown")
                .param(param("Frob", "Frobnicator"))
                .param(param("Anything", "System.Object"))
                .param(param("Nested", "Microsoft.Exchange.Foo+BarSetting[]"))
                .param(param("Other", "Frobnicator"));
    }

    /** Every scalar mapping, plus deprecated, internal and aliased parameters. */
    public static CmdletBuilder setScalars() {
        return cmdlet("Set-Scalars")
                .param(param("Enabled", "Boolean").aliases("On"))
                .param(param("Count", "Int32"))
                .param(param("Small", "UInt32"))
                .param(param("Big", "Int64"))
                .param(param("Ratio", "Double"))
                .param(param("Id", "Guid"))
                .param(param("Start", "DateTime"))
                .param(param("End", "ExDateTime"))
                .param(param("Age", "EnhancedTimeSpan"))
                .param(param("Timeout", "System.TimeSpan"))
                .param(param("Quota", "Unlimited"))
                .param(param("Size", "Microsoft.Exchange.Data.ByteQuantifiedSize"))
                .param(param("Blob", "Byte[]"))
                .param(param("Login", "PSCredential"))
                .param(param("Password", "SecureString"))
                .param(param("Legacy", "String").deprecated())
                .param(param("Hidden", "String").internal());
    }
}
