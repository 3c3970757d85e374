package dev.exobindings.maven;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plugin descriptor the build wrote ({@code META-INF/maven/plugin.xml}): what Maven itself reads. */
final class BuiltDescriptor {
    private final Document document;

    private BuiltDescriptor(Document document) {
        this.document = document;
    }

    static BuiltDescriptor load() throws Exception {
        try (InputStream in = BuiltDescriptor.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            if (in == null) {
                throw new AssertionError("no META-INF/maven/plugin.xml: the descriptor is built before the tests");
            }
            return new BuiltDescriptor(DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in));
        }
    }

    /** The plugin's description, as {@code mvn help:describe} and the repository show it. */
    String description() {
        return child(document.getDocumentElement(), "description");
    }

    /** Every goal's name. */
    List<String> goals() {
        List<String> goals = new ArrayList<>();
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(child((Element) mojos.item(i), "goal"));
        }
        return goals;
    }

    /** The names a POM's {@code <configuration>} can set on {@code goal}. */
    Set<String> settableParameters(String goal) {
        NodeList mojos = document.getElementsByTagName("mojo");
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
}
