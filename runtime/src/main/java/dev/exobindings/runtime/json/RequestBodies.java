package dev.exobindings.runtime.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.CmdletDescriptor;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ConfirmMode;
import dev.exobindings.runtime.secret.SecretEncoder;
import java.util.Map;
import java.util.Set;

/** Builds the InvokeCommand body {@code {"CmdletInput":{"CmdletName":…,"Parameters":{…}}}} of a request. */
public final class RequestBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestBodies() {
    }

    /**
     * The body {@code ExchangeClient.invoke(request)} sends by default (no Confirm key below High impact,
     * {@code "Confirm": false} for High), compact, with every secret rendered {@code <redacted>}.
     */
    public static String render(CmdletRequest request) {
        return envelope(request, SecretEncoder.redacted(), defaultMode(request.descriptor())).toString();
    }

    /**
     * The mode the module's default {@code $ConfirmPreference} gives without a prompt: {@code Confirm:false} where
     * it would prompt (High or unknown impact), no Confirm key elsewhere.
     */
    public static ConfirmMode defaultMode(CmdletDescriptor descriptor) {
        return descriptor.confirmsByDefault() ? ConfirmMode.EXECUTE : ConfirmMode.NONE;
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
        // client-side switches (UseCustomRouting) steer the client; the module never sends them
        Set<String> clientSide = request.descriptor().clientSideParameters();
        for (Map.Entry<String, Object> e : request.parameters().entrySet()) {
            if (!clientSide.contains(e.getKey())) {
                encoder.encodeInto(parameters, e.getKey(), e.getValue());
            }
        }
        if (request.supportsShouldProcess()) {
            switch (mode) {
                case NONE -> { }
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
