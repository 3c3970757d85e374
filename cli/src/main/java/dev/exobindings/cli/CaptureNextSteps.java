package dev.exobindings.cli;

import dev.exobindings.capture.CaptureResult;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Product;
import java.nio.file.Path;

/**
 * The commands that follow a capture, printed for copying: compare it with the bundled snapshot (what Microsoft
 * changed, before regenerating), then generate from it with its own {@code $metadata}.
 *
 * @param snapshot the captured snapshot file
 * @param csdl     the captured {@code $metadata} file
 * @param product  the product captured
 */
record CaptureNextSteps(Path snapshot, Path csdl, Product product) {

    /** The steps for the files a capture wrote. */
    static CaptureNextSteps of(CaptureResult result) {
        return new CaptureNextSteps(result.snapshotFile().orElseThrow(), result.metadataFile().orElseThrow(),
                result.snapshot().header().product());
    }

    /**
     * The diff against the bundled snapshot of the product; for Exchange Online with the result models too (the
     * bundled CSDL is Exchange Online's, so a Security &amp; Compliance $metadata has nothing to be compared with).
     */
    String compare() {
        boolean exchangeOnline = product == Product.EXCHANGE_ONLINE;
        return "exo-bindings diff " + (exchangeOnline ? BundledSnapshots.EXCHANGE_ONLINE
                : BundledSnapshots.SECURITY_COMPLIANCE) + " " + shellWord(snapshot)
                + (exchangeOnline ? " --new-csdl " + shellWord(csdl) : "");
    }

    /**
     * The generate command: the snapshot with its own {@code $metadata}, so that the result models are the tenant's
     * too (without {@code --csdl}, generate would take the bundled ones).
     */
    String generate() {
        return "exo-bindings generate --snapshot " + shellWord(snapshot) + " --csdl " + shellWord(csdl)
                + " --package com.example." + (product == Product.SECURITY_COMPLIANCE ? "scc" : "exo")
                + " --output src/gen/java";
    }

    /** A path as one word of a POSIX shell line: quoted when it holds anything but plain path characters. */
    private static String shellWord(Path path) {
        String text = path.toString();
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
