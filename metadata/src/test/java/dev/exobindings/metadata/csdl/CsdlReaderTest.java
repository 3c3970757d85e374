package dev.exobindings.metadata.csdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSDL: the shapes kept, and bad input reported with the place and the fix. */
class CsdlReaderTest {
    private static final String HEAD = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">"
            + "<edmx:DataServices><Schema Namespace=\"Exchange\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">";
    private static final String TAIL = "</Schema></edmx:DataServices></edmx:Edmx>";

    private static CsdlSchema read(String xml) {
        return new CsdlReader().read("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTypesPropertiesAndEnums() {
        CsdlSchema s = read(HEAD + "<EntityType Name=\"A\"><Key><PropertyRef Name=\"Id\"/></Key>"
                + "<Property Name=\"Id\" Type=\"Edm.Guid\" Nullable=\"false\"/>"
                + "<Property Name=\"Tags\" Type=\"Collection(Edm.String)\"/>"
                + "<NavigationProperty Name=\"Nav\" Type=\"Exchange.B\"/></EntityType>"
                + "<ComplexType Name=\"B\" BaseType=\"Exchange.A\" OpenType=\"true\"/>"
                + "<EnumType Name=\"E\" IsFlags=\"true\"><Member Name=\"X\" Value=\"1\"/></EnumType>" + TAIL);
        CsdlSchema.StructuredType a = s.type("Exchange.A").orElseThrow();
        assertTrue(a.entity());
        assertEquals(2, a.properties().size(), "navigation properties are not structural properties");
        assertFalse(a.properties().get(0).nullable());
        assertTrue(a.properties().get(1).collection());
        assertEquals("Edm.String", a.properties().get(1).type());
        CsdlSchema.StructuredType b = s.type("B").orElseThrow();
        assertTrue(b.open());
        assertEquals("Exchange.A", b.baseType());
        assertTrue(s.enumType("E").orElseThrow().flags());
        assertEquals("1", s.enumType("E").orElseThrow().members().get(0).value());
    }

    @Test
    void malformedXmlNamesTheFileAndLine() {
        CsdlException e = assertThrows(CsdlException.class, () -> read(HEAD + "<EntityType Name=\"A\">"
                + TAIL));
        assertTrue(e.getMessage().startsWith("test.xml:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    /** Bytes that are no UTF-8 give the reader's one message; the JDK parser's own "[Fatal Error]" line never shows. */
    @Test
    void bytesThatAreNoTextAreNamedWithoutTheParsersStandardErrorLine() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = (byte) 0xFF; // "Invalid byte 1 of 1-byte UTF-8 sequence" for the parser decoding bytes itself
        binary[1] = (byte) 0x00;
        byte[] brokenInside = (HEAD + "<EntityType Name=\"A\"/>" + TAIL).getBytes(StandardCharsets.UTF_8);
        brokenInside[HEAD.length() + 20] = (byte) 0xC3;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (byte[] bytes : new byte[][] {binary, brokenInside}) {
                CsdlException e = assertThrows(CsdlException.class,
                        () -> new CsdlReader().read("random.bin", new ByteArrayInputStream(bytes)));
                assertEquals("random.bin: not UTF-8 text (a byte is no character of it: a binary or damaged file?);"
                        + " give the service's $metadata XML document.", e.getMessage());
            }
        } finally {
            System.setErr(err);
        }
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains("[Fatal Error]"), printed.toString());
    }

    @Test
    void aDocumentInUtf16WithAByteOrderMarkOrInADeclaredEncodingIsRead() {
        String document = HEAD + "<EntityType Name=\"Größe\"/>" + TAIL;
        byte[] utf16 = ("\uFEFF" + document).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(new CsdlReader().read("utf16.xml", new ByteArrayInputStream(utf16)).type("Größe").isPresent());
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + document)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(new CsdlReader().read("latin1.xml", new ByteArrayInputStream(latin1)).type("Größe").isPresent());
        byte[] utf8Bom = ("\uFEFF" + document).getBytes(StandardCharsets.UTF_8);
        assertTrue(new CsdlReader().read("bom.xml", new ByteArrayInputStream(utf8Bom)).type("Größe").isPresent());
        for (java.nio.charset.Charset utf16NoMark : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            byte[] noMark = document.getBytes(utf16NoMark); // XML lets the first '<' tell UTF-16 without a mark
            assertTrue(new CsdlReader().read("nomark.xml", new ByteArrayInputStream(noMark)).type("Größe")
                    .isPresent(), utf16NoMark.name());
        }
    }

    @Test
    void aSnapshotGivenAsTheCsdlIsNamedAsSuch() {
        for (String json : new String[] {"{\"header\": {}}", "\uFEFF [1]"}) {
            CsdlException e = assertThrows(CsdlException.class, () -> read(json));
            assertEquals("test.xml:1:1: this is a JSON document (a snapshot or a module catalog?), not the service's"
                    + " $metadata; give the $metadata XML file (a capture writes it as <name>.metadata.xml).",
                    e.getMessage());
        }
    }

    @Test
    void aPropertyWithoutTypeIsReported() {
        CsdlException e = assertThrows(CsdlException.class, () -> read(HEAD
                + "<EntityType Name=\"A\"><Property Name=\"X\"/></EntityType>" + TAIL));
        assertTrue(e.getMessage().contains("<Property> has no Type attribute"), e.getMessage());
    }

    @Test
    void notCsdlIsReported() {
        CsdlException e = assertThrows(CsdlException.class, () -> read("<html><body/></html>"));
        assertTrue(e.getMessage().contains("no <Schema> element"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        CsdlException e = assertThrows(CsdlException.class, () -> read("<!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]>" + HEAD + "<EntityType Name=\"&e;\"/>" + TAIL));
        assertTrue(e.getMessage().startsWith("test.xml"), e.getMessage());
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) {
        Path missing = dir.resolve("metadata.xml");
        CsdlException e = assertThrows(CsdlException.class, () -> new CsdlReader().read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
    }
}
