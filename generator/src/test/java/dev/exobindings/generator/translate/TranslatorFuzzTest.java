package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Text that is rarely PowerShell at all: random runs of PowerShell's own tokens (quotes, backticks and escapes,
 * here-string openers, brackets, variables, operators, comments, keywords, numbers at the edges). Whatever the text,
 * the translator answers with a translation or a problem at a column of the text, never an exception: a user's
 * mistake is a message. Seeded, so a failure reproduces ({@code -Dtranslator.fuzz.seed=…}).
 */
class TranslatorFuzzTest {
    private static final long SEED = Long.getLong("translator.fuzz.seed", 20261203L);
    private static final int TEXTS = 20_000;
    private static final int SCRIPTS = 2_000;
    private static final String[] TOKENS = {"Get-Mailbox", "Set-Mailbox", "-Identity", "-ResultSize", "-Filter",
        "-EmailAddresses", "-StartDate", "-RetainDeletedItemsFor", "-ProhibitSendQuota", "-Confirm", "-WhatIf", "-",
        "--", ":", "-Identity:", " ", " ", " ", "\t", "\n", "\r\n", "\"", "'", "`", "`u{", "`u{41}", "`u{zz}", "}", "{",
        "(", ")", "[", "]", "@(", "@{", "@\"\n", "\n\"@", "@'\n", "\n'@", "$", "$x", "$x = ", "${", "$env:", "$(",
        "$null", "$true", ",", ";", "|", "| select Name", "#", "<#", "#>", "=", "+=", "x", "vasil", "1", "-1", "0x",
        "0xFFFFFFFFFFFF", "1e9999", "1.5", "10MB", "Unlimited", "2026-02-30", "12/31/2026 10:00 PM", "1.02:03:04",
        "99:99", "foreach", "param(", "if", "function", "@p", "[int]", "::", "..", "*", "?", "%", "\u201C",
        "\u2019", "\u2013", "\u202E", "\uFEFF", "\uD800", "\0"};

    @Test
    void randomTokenTextNeverThrowsAndEveryProblemHasAColumnInItsText() throws IOException {
        Translator translator = Translator.forSnapshot(BundledSnapshots.exchangeOnline(), "com.example.exo");
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int problems = 0;
        for (int i = 0; i < TEXTS; i++) {
            String text = text(random, 1 + random.nextInt(24));
            try {
                Translation t = translator.translate(text);
                if (!t.ok()) {
                    problems++;
                    int column = t.problem().column();
                    if (column < 1 || column > text.length() + 1) {
                        failures.add("column " + column + " of " + text.length() + ": " + escaped(text));
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + ": " + escaped(text));
            }
        }
        for (int i = 0; i < SCRIPTS; i++) {
            String script = text(random, 1 + random.nextInt(80));
            try {
                translator.translateScript(script);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("script: " + e + ": " + escaped(script));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " failures");
        assertTrue(problems > TEXTS / 2, "most random text is not a command: " + problems);
        String claim = String.format(Locale.ROOT, "`TranslatorFuzzTest` — %,d random texts and %,d random scripts",
                TEXTS, SCRIPTS).replace(',', ' ');
        assertTrue(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).contains(claim),
                "generator/README.md states: " + claim);
    }

    private static String text(Random random, int tokens) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < tokens; t++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
