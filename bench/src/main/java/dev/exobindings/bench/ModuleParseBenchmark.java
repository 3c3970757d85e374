package dev.exobindings.bench;

import dev.exobindings.capture.psm1.ModuleParser;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.capture.psm1.SourceText;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.simulator.protocol.Psm1Writer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a module text of the real module's size: 787 proxy functions (the first 787 cmdlets of the bundled
 * snapshot, written by the simulator's module writer) plus helper functions repeated until the text is 2.1 MB, as
 * the real module (its 47 helpers are large). Baselines in the same run: {@link #scanCharacters()} reads every
 * character once; {@link #tokenizeOnly()} runs the lexer over the whole text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModuleParseBenchmark {
    static final int PROXIES = 787;
    static final int TARGET_CHARS = 2_100_000;

    private SourceText module;

    @Setup
    public void prepare() {
        List<Cmdlet> cmdlets = BundledSnapshots.exchangeOnline().cmdlets().subList(0, PROXIES);
        String text = Psm1Writer.write(cmdlets, "<RSAKeyValue><Modulus>AQAB</Modulus><Exponent>AQAB</Exponent>"
                + "</RSAKeyValue>");
        int split = text.indexOf("# .ExternalHelp");
        // the helper functions: from the first function definition to the first proxy (whatever the helpers are named)
        String helpers = text.substring(text.indexOf("\nfunction ") + 1, split);
        StringBuilder padded = new StringBuilder(text.substring(0, split));
        for (int i = 0; padded.length() + text.length() - split < TARGET_CHARS; i++) {
            padded.append(helpers.replaceAll("function ([A-Za-z]+)-([A-Za-z]+)", "function $1-$2" + i));
        }
        padded.append(text.substring(split));
        module = new SourceText("bench.psm1", padded.toString());
        ModuleText parsed = ModuleParser.parse(module);
        if (parsed.proxies().size() != PROXIES || module.text().length() < TARGET_CHARS) {
            throw new IllegalStateException("fixture: " + parsed.proxies().size() + " proxies, "
                    + module.text().length() + " chars");
        }
    }

    @Benchmark
    public long scanCharacters() {
        String text = module.text();
        long sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i);
        }
        return sum;
    }

    @Benchmark
    public int tokenizeOnly() {
        return ModuleParser.countTokens(module);
    }

    @Benchmark
    public ModuleText parse() {
        return ModuleParser.parse(module);
    }
}
