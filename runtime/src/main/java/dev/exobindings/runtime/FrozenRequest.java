package dev.exobindings.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a request taken when it is handed to the client: the name, the ShouldProcess flag, the descriptor
 * (immutable) and a deep copy of the parameters (lists, maps and arrays copied). Generated builders are mutable, so without it a builder reused
 * as a template, or changed while an async call, a retry or a later page is still using it, would change what is
 * sent.
 */
final class FrozenRequest implements CmdletRequest {
    private final CmdletRequest original;
    private final String cmdletName;
    private final boolean supportsShouldProcess;
    private final CmdletDescriptor descriptor;
    private final Map<String, Object> parameters;
    private final List<String> selection;

    private FrozenRequest(CmdletRequest original) {
        this.original = original;
        this.cmdletName = original.cmdletName();
        this.supportsShouldProcess = original.supportsShouldProcess();
        this.descriptor = original.descriptor();
        Map<String, Object> copy = new LinkedHashMap<>();
        original.parameters().forEach((k, v) -> copy.put(k, copyOf(v)));
        this.parameters = Collections.unmodifiableMap(copy);
        this.selection = original instanceof TypedCmdletRequest<?> typed ? List.copyOf(typed.selection()) : List.of();
    }

    /**
     * The properties a typed request chose with {@code select(…)} (sent as {@code $select}), as they were when it
     * was frozen; empty for an untyped request or one without a selection.
     */
    static List<String> selection(CmdletRequest request) {
        if (request instanceof FrozenRequest frozen) {
            return frozen.selection;
        }
        return request instanceof TypedCmdletRequest<?> typed ? List.copyOf(typed.selection()) : List.of();
    }

    /** {@code request} frozen (a frozen request is returned as is). */
    static CmdletRequest of(CmdletRequest request) {
        return request instanceof FrozenRequest ? request : new FrozenRequest(request);
    }

    /** Frozen copies of every request, in order. */
    static List<CmdletRequest> all(List<? extends CmdletRequest> requests) {
        List<CmdletRequest> out = new ArrayList<>(requests.size());
        for (CmdletRequest r : requests) {
            if (r == null) {
                throw new NullPointerException("request " + out.size() + " of " + requests.size() + " is null");
            }
            out.add(of(r));
        }
        return out;
    }

    /** The request as the caller built it (e.g. to report it back in a {@code BatchItemResult}). */
    CmdletRequest original() {
        return original;
    }

    private static Object copyOf(Object value) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyOf(v)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copyOf(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(v -> copy.add(copyOf(v)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (value instanceof Object[] array) {
            return array.clone();
        }
        return value;
    }

    @Override
    public String cmdletName() {
        return cmdletName;
    }

    @Override
    public Map<String, Object> parameters() {
        return parameters;
    }

    @Override
    public boolean supportsShouldProcess() {
        return supportsShouldProcess;
    }

    @Override
    public CmdletDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String toString() {
        return cmdletName + " " + toJson();
    }
}
