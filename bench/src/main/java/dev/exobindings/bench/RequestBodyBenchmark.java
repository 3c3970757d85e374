package dev.exobindings.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.bench.exo.SetMailbox;
import dev.exobindings.runtime.value.ByteSize;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.Unlimited;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the typed builders cost over writing the InvokeCommand body by hand with Jackson.
 * Baseline: {@link #handBuiltJackson()}; both produce the same bytes (checked in {@link #checkSameBody()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestBodyBenchmark {
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void checkSameBody() throws Exception {
        String generated = generatedBuilder();
        String baseline = handBuiltJackson();
        if (!generated.equals(baseline)) {
            throw new IllegalStateException("bodies differ, the comparison would be unfair:\n" + generated + "\n" + baseline);
        }
    }

    @Benchmark
    public String handBuiltJackson() throws Exception {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode input = root.putObject("CmdletInput");
        input.put("CmdletName", "Set-Mailbox");
        ObjectNode parameters = input.putObject("Parameters");
        parameters.put("Identity", "TV");
        ObjectNode addresses = parameters.putObject("EmailAddresses");
        addresses.put("@odata.type", "#Exchange.GenericHashTable");
        addresses.putArray("Add").add("smtp:alias@contoso.com");
        parameters.put("DisplayName", "Tom Vance");
        parameters.put("ProhibitSendQuota", "49GB");
        parameters.put("HiddenFromAddressListsEnabled", true);
        parameters.put("Confirm", false);
        return mapper.writeValueAsString(root);
    }

    @Benchmark
    public String generatedBuilder() {
        return SetMailbox.identity("TV")
                .emailAddresses(MultiValue.add("smtp:alias@contoso.com"))
                .displayName("Tom Vance")
                .prohibitSendQuota(Unlimited.of(ByteSize.ofGigabytes(49)))
                .hiddenFromAddressListsEnabled(true)
                .toJson();
    }
}
