package dev.exobindings.generator.translate;

import dev.exobindings.generator.testing.Fixtures;
import dev.exobindings.metadata.BundledSnapshots;

/** The bundled snapshot's translator, built once (on first use) for the tests that need the real cmdlets. */
final class ExchangeOnline {
    static final Translator TRANSLATOR = Translator.forSnapshot(BundledSnapshots.exchangeOnline(), Fixtures.PACKAGE);

    private ExchangeOnline() {
    }
}
