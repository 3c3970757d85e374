package dev.exobindings.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.failure.ServiceText;
import dev.exobindings.runtime.log.Redactor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a row value that its declared type cannot read ({@code "Guid":"not-a-guid"}): one WARN per model property
 * for the life of the JVM, however many rows carry such a value. The row itself is not lost: the property's typed
 * getter returns null and the raw value is in {@code extraProperties()}, as for an enum value the model does not know.
 */
final class UnreadableValues {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadableValues.class);
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private UnreadableValues() {
    }

    static void report(String modelName, String property, JsonNode raw, Exception cause) {
        if (WARNED.add(modelName + "." + property)) {
            String text = Redactor.redact(raw.toString()); // a row's text reaches the log: no token-shaped value
            LOG.warn("{}.{}: cannot read {} as its declared type ({}); the getter returns null and the raw value is"
                    + " in extraProperties() (logged once per property)", modelName, property,
                    ServiceText.of(text, 80), ServiceText.of(Redactor.redact(cause.getMessage()), 200));
        }
    }
}
