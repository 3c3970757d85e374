package dev.exobindings.capture.psm1;

import dev.exobindings.capture.merge.CaptureMerger;
import dev.exobindings.capture.merge.ProxyCatalog;
import dev.exobindings.metadata.catalog.CatalogException;
import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random proxies written in random spellings parse back equal; broken text fails with a located message. */
class ParserPropertiesTest {
    private static final String SAFE = "abcXYZ019 '\"$`()#,;={}[]-_.:";
    private static final List<String> TYPES = List.of("string", "switch", "System.Object[]",
            "System.Collections.Generic.List[string]", "int", "byte[]", "pscredential");

    @Property
    void writtenProxiesParseBackEqual(@ForAll("proxies") ProxyFunction expected, @ForAll long styleSeed) {
        String text = new ProxyTextWriter(new Random(styleSeed)).write(expected);
        ModuleText module = ModuleParser.parse(new SourceText("random.psm1", text));
        assertEquals(1, module.proxies().size(), text);
        ProxyFunction actual = module.proxies().get(0);
        assertEquals(2, actual.line());
        assertEquals(expected, actual, text);
    }

    @Property(tries = 200)
    void aTextCutAnywhereInsideAStringFailsWithItsPlace(@ForAll("proxies") ProxyFunction f, @ForAll long styleSeed) {
        String text = new ProxyTextWriter(new Random(styleSeed)).write(f) + "$script:Tail = 'never closed\n";
        ModuleParseException e = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("cut.psm1", text)));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
        assertEquals(text.substring(0, text.lastIndexOf('\'')).split("\n", -1).length, e.line());
        assertClean(e);
    }

    @Property(tries = 100)
    void aTextCutShortIsNeverParsedAsComplete(@ForAll("proxies") ProxyFunction f, @ForAll long styleSeed,
                                              @ForAll @IntRange(min = 1, max = 99) int percent) {
        String text = new ProxyTextWriter(new Random(styleSeed)).write(f);
        String cut = text.substring(0, text.indexOf("param(") + (text.length() - text.indexOf("param(")) * percent / 100);
        ModuleParseException e = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("cut.psm1", cut)));
        assertClean(e);
    }

    @Property(tries = 5)
    void tenThousandNestedParenthesesAreAnErrorNotAStackOverflow(@ForAll @IntRange(min = 10_000, max = 12_000) int depth) {
        String attribute = "# .ExternalHelp x.xml\nfunction script:Get-X {\n [CmdletBinding()]\n param([Parameter(Position="
                + "(".repeat(depth) + "1" + ")".repeat(depth) + ")] ${A})\n}\n";
        ModuleParseException nested = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("deep.psm1", attribute)));
        assertTrue(nested.getMessage().contains("nested deeper than 64 levels"), nested.getMessage());
        assertClean(nested);

        ModuleParseException unclosed = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("open.psm1", "$x = " + "(".repeat(depth))));
        assertTrue(unclosed.getMessage().contains("is never closed"), unclosed.getMessage());

        // balanced and outside anything the capture reads: legal PowerShell, skipped without recursion
        ModuleText skipped = ModuleParser.parse(new SourceText("ok.psm1",
                "$x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n"));
        assertTrue(skipped.proxies().isEmpty());

        ModuleParseException strings = assertThrows(ModuleParseException.class, () -> ModuleParser.parse(
                new SourceText("strings.psm1", "$x = " + "\"$(".repeat(depth) + "1" + ")\"".repeat(depth))));
        assertTrue(strings.getMessage().contains("nested deeper than"), strings.getMessage());
    }

    @Property(tries = 1)
    void fiftyMegabytesAreRefusedOrReadWithoutFallingOver(@ForAll @IntRange(min = 50, max = 50) int megabytes) {
        String helper = "function Helper-Thing { param($a) if ($a) { \"text $($a.Name) 'q'\" } } # helper\n";
        StringBuilder big = new StringBuilder(megabytes * 1_048_576 + 100);
        while (big.length() < megabytes * 1_048_576) {
            big.append(helper.replace("Thing", "T" + big.length()));
        }
        big.append("$script:Tail = \"never closed\n");
        String text = big.toString();
        ModuleParseException refused = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("big.psm1", text)));
        assertTrue(refused.getMessage().contains("more than the 33554432 accepted"), refused.getMessage());
        ModuleParseException read = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("big.psm1", text), 64 * 1_048_576));
        assertTrue(read.getMessage().contains("string opened with \" is never closed"), read.getMessage());
        assertEquals(text.split("\n", -1).length - 1, read.line());
        assertClean(read);
    }

    /**
     * Past the parser: a random proxy goes through the capture's catalog reading and merge into a snapshot that the
     * validator accepts, or fails with a message naming the place; never another exception (a text without the
     * module's constants ended here with a NullPointerException).
     */
    @Property(tries = 300)
    void aParsedProxyBecomesAValidSnapshotOrAMessage(@ForAll("proxies") ProxyFunction f, @ForAll long styleSeed) {
        String text = new ProxyTextWriter(new Random(styleSeed)).write(f);
        ModuleText module = ModuleParser.parse(new SourceText("random.psm1", text));
        try {
            var captured = ProxyCatalog.cmdlets(module, Product.EXCHANGE_ONLINE).cmdlets();
            var merge = CaptureMerger.merge("random", Product.EXCHANGE_ONLINE, "test", captured, List.of(), List.of());
            SnapshotWriter.toJson(new Snapshot(new Header(1, "random", Product.EXCHANGE_ONLINE, "2026-12-03", List.of(),
                    Map.of()), merge.cmdlets()));
        } catch (CatalogException | SnapshotException e) {
            assertTrue(e.getMessage().contains("random") && !e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    /** Module-text tokens in any order: a hostile or broken answer of the service. */
    private static final String[] MODULE_TOKENS = {"function ", "script:Get-X", "Get-X", " {", "}", "(", ")", "[", "]",
        "[CmdletBinding(", "SupportsShouldProcess=$true", "DefaultParameterSetName='A'", "ConfirmImpact='High'",
        "param(", "[Parameter(", "Mandatory=$true", "Position=0", "ParameterSetName='A'", "ValueFromPipeline",
        "[ValidateSet(", "'a'", "\"b\"", "'it''s'", "\"`\"\"", "@'\n", "\n'@", "@\"\n", "\n\"@", "[string]", "[switch]",
        "[System.Collections.Generic.List[string]]", "[Alias(", "$Identity", "$script:Tail = ", "$true", "$null", ",",
        ";", "=", "#", "<#", "#>", "# .ExternalHelp x.xml\n", "`", "`\n", "\n", " ", "Export-ModuleMember", "-Function",
        "99999999999999999999", "0x", "\uD800", "\u202E", "\0"};

    @Property(tries = 2_000)
    void anyTokenSoupParsesOrFailsWithItsPlaceNeverWithAnotherException(@ForAll long seed,
                                                                         @ForAll @IntRange(min = 1, max = 120) int n) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(MODULE_TOKENS[r.nextInt(MODULE_TOKENS.length)]);
        }
        try {
            ModuleParser.parse(new SourceText("soup.psm1", text.toString()));
        } catch (ModuleParseException e) {
            assertTrue(e.line() >= 1, e.getMessage());
            assertClean(e);
        }
    }

    private static void assertClean(ModuleParseException e) {
        assertFalse(e.getMessage().contains("\tat ") || e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s)[^:]+:\\d+:\\d+: .+"), e.getMessage());
    }

    @Provide
    Arbitrary<ProxyFunction> proxies() {
        return Arbitraries.randomValue(ParserPropertiesTest::proxy);
    }

    private static ProxyFunction proxy(Random r) {
        String name = word(r, true) + "-" + word(r, true);
        List<String> sets = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            sets.add(text(r));
        }
        List<ProxyParameter> parameters = new ArrayList<>();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = r.nextInt(7); i > 0; i--) {
            String parameterName = r.nextInt(4) == 0 ? word(r, true) + " " + word(r, false) : word(r, true);
            if (names.add(parameterName)) {
                parameters.add(parameter(r, parameterName, sets));
            }
        }
        boolean shouldProcess = r.nextBoolean();
        String impact = shouldProcess && r.nextBoolean() ? List.of("High", "Medium", "Low").get(r.nextInt(3)) : null;
        Integer impactValue = impact != null && r.nextBoolean() ? switch (impact) {
            case "High" -> 3;
            case "Medium" -> 2;
            default -> 1;
        } : null;
        List<String> routable = parameters.stream().map(ProxyParameter::name).filter(n -> n.matches("[A-Za-z0-9]+"))
                .toList();
        RoutingHintParameter routing = null;
        if (!routable.isEmpty() && r.nextInt(3) == 0) {
            boolean folder = r.nextBoolean();
            routing = new RoutingHintParameter(routable.get(r.nextInt(routable.size())),
                    folder ? RoutingRule.FOLDER_ID : RoutingRule.MAILBOX_ID,
                    folder ? "function:Resolve-FolderAnchorHint" : "function:Resolve-MailboxAnchorHint");
        }
        String defaultSet = !sets.isEmpty() && r.nextBoolean() ? sets.get(0) : null;
        return new ProxyFunction(name, "Microsoft.Exchange." + word(r, true) + "-Help.xml",
                new CmdletBindingInfo(defaultSet, shouldProcess, impact), parameters, r.nextBoolean(), routing,
                impactValue, 2);
    }

    private static ProxyParameter parameter(Random r, String name, List<String> sets) {
        List<ParameterAttribute> attributes = new ArrayList<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            String set = sets.isEmpty() || r.nextInt(4) == 0 ? null : sets.get(r.nextInt(sets.size()));
            attributes.add(new ParameterAttribute(set, r.nextBoolean(), r.nextBoolean() ? null : r.nextInt(6),
                    r.nextBoolean(), r.nextBoolean()));
        }
        List<String> aliases = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            aliases.add(word(r, true));
        }
        List<String> validateSet = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            validateSet.add(text(r));
        }
        return new ProxyParameter(name, attributes, r.nextInt(3) == 0 ? null : TYPES.get(r.nextInt(TYPES.size())),
                aliases, validateSet, r.nextBoolean(), r.nextBoolean(), bounds(r), bounds(r), bounds(r));
    }

    private static Bounds bounds(Random r) {
        if (r.nextInt(3) != 0) {
            return null;
        }
        return new Bounds(String.valueOf(r.nextInt(10) - 2), r.nextBoolean() ? null : String.valueOf(r.nextInt(1000)));
    }

    private static String word(Random r, boolean capital) {
        StringBuilder s = new StringBuilder();
        s.append((char) ((capital ? 'A' : 'a') + r.nextInt(26)));
        for (int i = r.nextInt(8); i > 0; i--) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString().toLowerCase(Locale.ROOT).equals("param") ? "Param1" : s.toString();
    }

    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + r.nextInt(10); i > 0; i--) {
            s.append(SAFE.charAt(r.nextInt(SAFE.length())));
        }
        return s.toString();
    }
}
