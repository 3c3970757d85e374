package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads the hand-written fixture pages under {@code docs-fixtures/}. */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String fileName) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/docs-fixtures/" + fileName)) {
            assertNotNull(in, "fixture missing: " + fileName);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocsPage page(String fileName) {
        return DocsImporter.parsePage(fileName, text(fileName));
    }

    static DocsImport imported(String fileName) {
        return DocsImporter.fromPages(List.of(page(fileName)));
    }

    /** The page's cmdlet for Exchange Online. */
    static Cmdlet exo(String fileName) {
        List<Cmdlet> cmdlets = imported(fileName).exchangeOnline();
        assertEquals(1, cmdlets.size(), "one EXO cmdlet expected from " + fileName);
        return cmdlets.get(0);
    }

    static Cmdlet cmdlet(List<Cmdlet> cmdlets, String name) {
        return cmdlets.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cmdlet " + name));
    }

    static Parameter param(Cmdlet cmdlet, String name) {
        return cmdlet.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(cmdlet.name() + " has no parameter " + name
                        + "; has " + names(cmdlet)));
    }

    static List<String> names(Cmdlet cmdlet) {
        return cmdlet.parameters().stream().map(Parameter::name).toList();
    }

    static List<String> setNames(Parameter parameter) {
        return parameter.sets().stream().map(ParameterSetMembership::name).toList();
    }

    static List<Boolean> mandatory(Parameter parameter) {
        return parameter.sets().stream().map(ParameterSetMembership::mandatory).toList();
    }

    static List<Integer> positions(Parameter parameter) {
        return parameter.sets().stream().map(ParameterSetMembership::position).toList();
    }

    static ParameterSetMembership in(Parameter parameter, String set) {
        return parameter.inSet(set).orElseThrow(() -> new AssertionError(parameter.name() + " not in set " + set));
    }

    static void assertNoParameter(Cmdlet cmdlet, String name) {
        assertTrue(cmdlet.parameter(name).isEmpty(), name + " should not be a parameter of " + cmdlet.name());
    }

    static Product exoProduct() {
        return Product.EXCHANGE_ONLINE;
    }
}
