package dev.exobindings.capture.psm1;

import dev.exobindings.metadata.MarkedNumbers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser limits capture/README.md states are the parser's own. */
class ReadmeNumbersTest {
    @Test
    void parserLimits() {
        MarkedNumbers.assertMatches(Path.of("README.md"), "parser.", Map.of(
                "parser.maxNesting", (long) LiteralParser.MAX_NESTING,
                "parser.maxStringNesting", (long) Lexer.MAX_STRING_NESTING,
                "parser.maxMiChars", (long) ModuleParser.DEFAULT_MAX_CHARS / (1024 * 1024)));
    }
}
