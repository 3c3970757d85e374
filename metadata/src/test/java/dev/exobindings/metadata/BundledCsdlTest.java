package dev.exobindings.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled CSDL is the shared {@code EXO-metadata.xml} without its Annotation elements, nothing else. */
class BundledCsdlTest {

    @Test
    void carriesNoDescriptionText() {
        String bundled = BundledCsdl.exchangeOnline();
        assertFalse(bundled.contains("<Annotation"), "annotations (description prose) are removed");
        assertFalse(bundled.contains("Term=\"Org.OData.Core.V1.Description\""));
    }

    @Test
    void equalsTheSharedFileWithoutAnnotations() throws Exception {
        Path file = SharedInputs.require("exo-module-catalog/EXO-metadata.xml");
        String shared = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(withoutAnnotations(shared), BundledCsdl.exchangeOnline().replace("\n", ""));
    }

    /** Removes Annotation elements (self-closing or with content, innermost first). */
    private static String withoutAnnotations(String xml) {
        String out = xml.replaceAll("<Annotation\\b[^>]*/>", "");
        String prev;
        do {
            prev = out;
            out = out.replaceAll("(?s)<Annotation\\b[^>]*>((?!<Annotation\\b).)*?</Annotation>", "");
        } while (!out.equals(prev));
        return out;
    }
}
