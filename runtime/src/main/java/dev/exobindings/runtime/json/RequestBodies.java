package dev.exobindings.runtime.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ConfirmMode;
import dev.exobindings.runtime.secret.SecretEncoder;
import java.util.Map;

/** Builds the InvokeCommand body {@code {"CmdletInput":{"CmdletName":…,"Parameters":{…}}}} of a request. */
public final class RequestBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestBodies() {
    }

    /** The body as sent in {@link ConfirmMode#EXECUTE} mode, compact, with every secret rendered {@code <redacted>}. */
    public static String render(CmdletRequest request) {
        return envelope(request, SecretEncoder.redacted(), ConfirmMode.EXECUTE).toString();
    }

    /**
     * The body to send.
     *
     * @param secrets encrypts SecureString/PSCredential values
     * @param mode    adds {@code Confirm}/{@code WhatIf} for ShouldProcess cmdlets
     */
    public static ObjectNode envelope(CmdletRequest request, SecretEncoder secrets, ConfirmMode mode) {
        ObjectNode parameters = NODES.objectNode();
        ParameterValueEncoder encoder = new ParameterValueEncoder(secrets);
        for (Map.Entry<String, Object> e : request.parameters().entrySet()) {
            encoder.encodeInto(parameters, e.getKey(), e.getValue());
        }
        if (request.supportsShouldProcess()) {
            switch (mode) {
                case EXECUTE -> parameters.put("Confirm", false);
                case VALIDATE -> parameters.put("Confirm", true);
                case WHAT_IF -> parameters.put("WhatIf", true);
                default -> throw new IllegalStateException("unhandled mode " + mode);
            }
        }
        ObjectNode input = NODES.objectNode();
        input.put("CmdletName", request.cmdletName());
        input.set("Parameters", parameters);
        ObjectNode root = NODES.objectNode();
        root.set("CmdletInput", input);
        return root;
    }
}
