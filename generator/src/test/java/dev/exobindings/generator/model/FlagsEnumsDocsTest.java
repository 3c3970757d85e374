package dev.exobindings.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.SharedInputs;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The flags rule against the docs: every single-valued enum parameter of the bundled snapshot whose docs section
 * says several values may be given separated by commas is a flags enum, and every listed type is such a type.
 */
class FlagsEnumsDocsTest {
    private static final Pattern SEVERAL = Pattern.compile("(?i)multiple values separated by commas");

    @Test
    void typeNameConventionAndTheListCoverEveryCommaSeparatedEnumInTheDocs() throws IOException {
        Path docs = SharedInputs.docsFolder();
        Set<String> typesTheDocsCombine = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (Cmdlet cmdlet : BundledSnapshots.exchangeOnline().cmdlets()) {
            Path page = docs.resolve(cmdlet.name() + ".md");
            if (!Files.exists(page)) {
                continue;
            }
            String text = Files.readString(page);
            for (Parameter p : cmdlet.parameters()) {
                if (p.allowedValues().isEmpty() || p.multiValued() || p.type().endsWith("[]")
                        || TypeMapper.enumTypeKey(p) == null) {
                    continue;
                }
                Matcher section = Pattern.compile("(?s)\n### -" + Pattern.quote(p.name()) + "\n(.*?)(\n### |\\z)")
                        .matcher(text);
                if (section.find() && SEVERAL.matcher(section.group(1)).find()) {
                    typesTheDocsCombine.add(p.type());
                    if (!FlagsEnums.isFlags(p.type())) {
                        missed.add(cmdlet.name() + " -" + p.name() + " (" + p.type() + ")");
                    }
                }
            }
        }
        assertTrue(missed.isEmpty(), "flags enums the rule misses: " + missed);
        assertEquals(Set.of("DaysOfWeek", "MailboxFolderPermissionFlags", "QuarantineMessageDirectionEnum",
                "WellKnownRecipientType"), typesTheDocsCombine);
        assertFalse(FlagsEnums.isFlags("DeviceAccessLevel"));
        assertFalse(FlagsEnums.isFlags(null), "a per-parameter enum of a text type is never flags");
    }
}
