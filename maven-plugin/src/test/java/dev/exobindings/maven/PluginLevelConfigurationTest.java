package dev.exobindings.maven;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Maven gives a plugin-level {@code <configuration>} to every goal that has a parameter of the same name. A POM
 * configures generate that way (its output folder is a compile source root), so the capture goal, which writes six
 * files, must not share a settable parameter name with it. Read from the descriptor Maven itself uses.
 */
class PluginLevelConfigurationTest {

    private static Set<String> settableParameters(Document descriptor, String goal) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(child(mojo, "goal"))) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                if ("true".equals(child(parameter, "editable"))) {
                    names.add(child(parameter, "name"));
                }
            }
            return names;
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    @Test
    void generatesPluginLevelConfigurationSetsNothingInCapture() throws Exception {
        Document descriptor;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor is built before the tests");
            descriptor = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in);
        }
        Set<String> generate = settableParameters(descriptor, "generate");
        Set<String> capture = settableParameters(descriptor, "capture");
        assertFalse(generate.isEmpty() || capture.isEmpty(), generate + " " + capture);
        Set<String> shared = new TreeSet<>(capture);
        shared.retainAll(generate);
        assertEquals(Set.of(), shared, "a <configuration> written for generate would also set these in capture");
    }
}
