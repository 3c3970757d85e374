package dev.exobindings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of each command in the README tables is the one the command's own help prints. */
class CliReadmeTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|(?:.*\\|)? `(exo-bindings [^`]+)` \\|$",
            Pattern.MULTILINE);

    private static Map<String, String> examples(Path readme) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(readme));
        while (m.find()) {
            found.put(m.group(1), m.group(2));
        }
        return found;
    }

    /**
     * The example of a command's help: from "Example:" to the end of the description (the option list starts with
     * indented lines), without a trailing "(…)" note. Whitespace is dropped on both sides of the comparison, since
     * the help wraps long lines.
     */
    private static String helpExample(String command) {
        StringBuilder example = new StringBuilder();
        boolean in = false;
        for (String line : CliRun.of(command, "--help").out().split("\n")) {
            if (line.startsWith("Example: ")) {
                in = true;
                line = line.substring("Example: ".length());
            } else if (in && (line.isEmpty() || Character.isWhitespace(line.charAt(0)))) {
                break;
            }
            if (in) {
                example.append(line);
            }
        }
        String text = example.toString();
        int note = text.indexOf("   (");
        return squeeze(note >= 0 ? text.substring(0, note) : text);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theReadmesShowTheExamplesTheHelpShows() throws IOException {
        for (Path readme : new Path[] {Path.of("README.md"), Path.of("../README.md")}) {
            Map<String, String> examples = examples(readme);
            assertEquals(6, examples.size(), readme + " lists every command: " + examples.keySet());
            examples.forEach((command, example) -> assertEquals(helpExample(command), squeeze(example),
                    readme + ", " + command));
        }
    }
}
