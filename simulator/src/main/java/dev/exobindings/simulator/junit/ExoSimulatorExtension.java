package dev.exobindings.simulator.junit;

import dev.exobindings.simulator.ExoSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.function.Supplier;

/**
 * Starts a simulator for a test class and stops it afterwards.
 * <ul>
 *   <li>{@code @RegisterExtension static ExoSimulatorExtension EXO = new ExoSimulatorExtension(
 *       () -> ExoSimulator.builder().seed(7).mailboxes(5000));} — one simulator per class;
 *       as an instance field, one per test; a client gets a token with
 *       {@code StaticCredentials.token(exo.issueToken())}.</li>
 *   <li>{@code @ExtendWith(ExoSimulatorExtension.class)} — defaults (seed 1, 100 mailboxes); get it by declaring an
 *       {@link ExoSimulator} parameter on a test or lifecycle method, and a token with {@code issueToken()}.</li>
 * </ul>
 */
public final class ExoSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final Supplier<ExoSimulator.Builder> configuration;
    private ExoSimulator simulator;
    private boolean perClass;
    private int classDepth;

    /** Default settings. */
    public ExoSimulatorExtension() {
        this(ExoSimulator::builder);
    }

    /** Settings from a builder supplier (called once per start). */
    public ExoSimulatorExtension(Supplier<ExoSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /** The running simulator. */
    public ExoSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while a test of the class runs");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        if (classDepth++ == 0) { // @Nested classes reuse the outer class's simulator
            simulator = configuration.get().build().start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classDepth == 0) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            simulator = configuration.get().build().start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ExoSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
