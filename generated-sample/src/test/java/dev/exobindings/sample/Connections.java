package dev.exobindings.sample;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.ExchangeClientBuilder;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.simulator.ExoSimulator;
import java.time.Instant;

/** Connects a runtime client to a simulator the way a user's test would. */
final class Connections {
    static final String TOKEN = "e2e-token";

    private Connections() {
    }

    static ExoSimulator.Builder simulator(int mailboxes) {
        return ExoSimulator.builder().seed(11).mailboxes(mailboxes).token(TOKEN);
    }

    static ExchangeClientBuilder client(ExoSimulator simulator) {
        return ExchangeClient.builder()
                .tenant(simulator.tenant().domains().initialDomain())
                .endpoint(simulator.baseUri())
                .tokenProvider(request -> new AccessToken(TOKEN, Instant.MAX));
    }
}
