package dev.exobindings.metadata.csdl;

import dev.exobindings.metadata.io.DocumentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OData CSDL (the service's {@code $metadata}, bundled or saved by a capture) with StAX: schemas, entity
 * and complex types with their properties, enum types with their members. DTDs and external entities are refused
 * (the file may come from anywhere). Annotations, navigation properties, actions and functions are skipped.
 */
public final class CsdlReader {
    private static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";

    /** Reads a CSDL file; a malformed one fails naming the file, line and fix. */
    public CsdlSchema read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new CsdlException("Cannot read the CSDL file " + file + ": " + e.getMessage(),
                    "check the path given for the service metadata.");
        }
    }

    /** Reads a CSDL document from a stream; {@code source} names it in messages. */
    public CsdlSchema read(String source, InputStream in) {
        // the JDK's own parser, always: no service lookup over the classpath at every start, and no other StAX
        // implementation on a user's classpath that might not honour the properties below
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<CsdlSchema.StructuredType> types = new ArrayList<>();
        List<CsdlSchema.EnumType> enums = new ArrayList<>();
        XMLStreamReader xml = null;
        Charset charset = null;
        try {
            InputStream input = DocumentKind.rewindable(in);
            if (DocumentKind.peek(input) == DocumentKind.JSON) {
                throw new CsdlException(source + ":1:1: this is a JSON document (a snapshot or a module catalog?), not"
                        + " the service's $metadata", "give the $metadata XML file (a capture writes it as"
                        + " <name>.metadata.xml).");
            }
            XmlCharacters.Decoded text = XmlCharacters.open(input);
            charset = text.charset();
            xml = factory.createXMLStreamReader(text.reader());
            String namespace = null;
            boolean sawSchema = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !EDM.equals(xml.getNamespaceURI())) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Schema" -> {
                        namespace = required(xml, source, "Namespace");
                        sawSchema = true;
                    }
                    case "EntityType", "ComplexType" -> types.add(structured(xml, source, namespace));
                    case "EnumType" -> enums.add(enumType(xml, source, namespace));
                    default -> {
                    }
                }
            }
            if (!sawSchema) {
                throw new CsdlException(source + ": no <Schema> element in the OData CSDL namespace " + EDM,
                        "give the service's $metadata document (EDMX 4.0).");
            }
            return new CsdlSchema(source, types, enums);
        } catch (CharacterCodingException e) {
            throw notText(source, charset);
        } catch (IOException e) {
            throw new CsdlException(source + ": cannot read: " + e.getMessage(), "check the file.");
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof CharacterCodingException) {
                throw notText(source, charset);
            }
            throw new CsdlException(source + where(e.getLocation()) + ": not well-formed CSDL XML ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")", "give the service's $metadata document.");
        } finally {
            close(xml);
        }
    }

    private static CsdlException notText(String source, Charset charset) {
        return new CsdlException(source + ": not " + charset + " text (a byte is no character of it: a binary or"
                + " damaged file?)", "give the service's $metadata XML document.");
    }

    private static CsdlSchema.StructuredType structured(XMLStreamReader xml, String source, String namespace)
            throws XMLStreamException {
        boolean entity = xml.getLocalName().equals("EntityType");
        String name = required(xml, source, "Name");
        String base = xml.getAttributeValue(null, "BaseType");
        boolean isAbstract = "true".equals(xml.getAttributeValue(null, "Abstract"));
        boolean open = "true".equals(xml.getAttributeValue(null, "OpenType"));
        List<CsdlSchema.Property> properties = new ArrayList<>();
        forEachChild(xml, "Property", () -> {
            String pName = required(xml, source, "Name");
            String type = required(xml, source, "Type");
            boolean collection = type.startsWith("Collection(") && type.endsWith(")");
            String element = collection ? type.substring("Collection(".length(), type.length() - 1) : type;
            properties.add(new CsdlSchema.Property(pName, element, collection,
                    !"false".equals(xml.getAttributeValue(null, "Nullable"))));
        });
        return new CsdlSchema.StructuredType(namespace, name, entity, base, isAbstract, open, properties);
    }

    private static CsdlSchema.EnumType enumType(XMLStreamReader xml, String source, String namespace)
            throws XMLStreamException {
        String name = required(xml, source, "Name");
        boolean flags = "true".equals(xml.getAttributeValue(null, "IsFlags"));
        List<CsdlSchema.Member> members = new ArrayList<>();
        forEachChild(xml, "Member", () -> members.add(new CsdlSchema.Member(required(xml, source, "Name"),
                xml.getAttributeValue(null, "Value"))));
        return new CsdlSchema.EnumType(namespace, name, flags, members);
    }

    /** Runs {@code action} at each direct child element named {@code child}, consuming the current element. */
    private static void forEachChild(XMLStreamReader xml, String child, Runnable action) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && xml.getLocalName().equals(child)) {
                    action.run();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String required(XMLStreamReader xml, String source, String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            throw new CsdlException(source + where(xml.getLocation()) + ": <" + xml.getLocalName()
                    + "> has no " + attribute + " attribute", "fix or re-download the CSDL.");
        }
        return value;
    }

    private static String where(Location location) {
        return location == null ? "" : ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the stream itself is closed by the caller
            }
        }
    }
}
