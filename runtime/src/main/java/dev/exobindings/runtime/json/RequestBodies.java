package dev.exobindings.runtime.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.secret.SecretEncoder;
import java.util.Map;

/** Builds the InvokeCommand body {@code {"CmdletInput":{"CmdletName":…,"Parameters":{…}}}} of a request. */
public final class RequestBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestBodies() {
    }

    /**
     * The body as sent, compact, with every secret rendered {@code <redacted>}.
     *
     * @param shouldProcess the Confirm/WhatIf switches to append ({@code {"Confirm": false}} for a ShouldProcess
     *                      cmdlet run as is), or empty
     */
    public static String render(String cmdletName, Map<String, Object> parameters, Map<String, Boolean> shouldProcess) {
        return envelope(cmdletName, parameters, shouldProcess, SecretEncoder.redacted()).toString();
    }

    /**
     * The body to send.
     *
     * @param shouldProcess the Confirm/WhatIf switches to append after the parameters, or empty
     * @param secrets       encrypts SecureString/PSCredential values
     */
    public static ObjectNode envelope(String cmdletName, Map<String, Object> parameters,
                                      Map<String, Boolean> shouldProcess, SecretEncoder secrets) {
        ObjectNode body = NODES.objectNode();
        ParameterValueEncoder encoder = new ParameterValueEncoder(secrets);
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            encoder.encodeInto(body, e.getKey(), e.getValue());
        }
        shouldProcess.forEach(body::put);
        ObjectNode input = NODES.objectNode();
        input.put("CmdletName", cmdletName);
        input.set("Parameters", body);
        ObjectNode root = NODES.objectNode();
        root.set("CmdletInput", input);
        return root;
    }
}
