package dev.exobindings.runtime;

import dev.exobindings.runtime.value.WireEnum;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base class of every generated parameter-set builder: holds the cmdlet name and the ordered parameters.
 * Builders are mutable and return {@code this} from each setter, so a chain reads as the PowerShell line.
 *
 * @param <SELF> the concrete builder type, returned by the setters
 */
public abstract class AbstractCmdletRequest<SELF extends AbstractCmdletRequest<SELF>> implements CmdletRequest {

    private final CmdletDescriptor descriptor;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A builder of the cmdlet {@code descriptor} describes (generated code passes its class's DESCRIPTOR). */
    protected AbstractCmdletRequest(CmdletDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    /** A builder of a cmdlet whose traits are unknown. */
    protected AbstractCmdletRequest(String cmdletName, boolean supportsShouldProcess) {
        this(CmdletDescriptor.unknownTraits(cmdletName, supportsShouldProcess));
    }

    /**
     * Binds a parameter; a later call for the same name replaces the earlier value. A {@code null} value is a
     * mistake, never a way to send {@code $null}: that is {@link #clear(String)}, so nothing is cleared by accident.
     */
    protected final SELF set(String parameterName, Object value) {
        Objects.requireNonNull(parameterName, "parameterName");
        if (value == null) {
            throw mustNotBeNull(parameterName);
        }
        sendable(parameterName, value);
        parameters.put(parameterName, value);
        return self();
    }

    /**
     * Refuses an enum's {@code UNRECOGNIZED} (what {@code fromWire} returns for text it does not know) where it is
     * set: it has no wire value, so it would fail only later, in {@code toJson()}, {@code invoke} or even
     * {@code toString()}, far from the mistake.
     */
    private static void sendable(String parameterName, Object value) {
        if (value instanceof WireEnum constant) {
            try {
                constant.wireValue();
            } catch (IllegalStateException unknown) {
                throw new IllegalArgumentException("-" + parameterName + ": " + unknown.getMessage(), unknown);
            }
        }
    }

    /**
     * Binds a parameter of several values to an immutable copy of {@code values} (the generated {@code x(T...)}
     * setters). Not generic on purpose, like {@link #setList}: the bindings call these thousands of times, and a
     * call javac has nothing to infer for keeps the generated sources quick to compile.
     */
    protected final SELF setArray(String parameterName, Object[] values) {
        return set(parameterName, List.of(noNullIn(parameterName, values)));
    }

    /** Binds a parameter of several values to an immutable copy of {@code values} (the {@code x(List<T>)} setters). */
    protected final SELF setList(String parameterName, Collection<?> values) {
        return set(parameterName, List.of(noNullIn(parameterName, values == null ? null : values.toArray())));
    }

    private static Object[] noNullIn(String parameterName, Object[] values) {
        if (values == null) {
            throw mustNotBeNull(parameterName);
        }
        for (Object value : values) {
            if (value == null) {
                throw new NullPointerException("-" + parameterName + " must not contain null values");
            }
            sendable(parameterName, value);
        }
        return values;
    }

    /** Only optional parameters have a clear method: a mandatory one (an entry's argument) cannot be sent as $null. */
    private static NullPointerException mustNotBeNull(String parameterName) {
        return new NullPointerException("-" + parameterName + " must not be null; to send $null (clear the value) "
                + "call the builder's clear method for -" + parameterName + ", which every optional parameter has "
                + "(a mandatory one cannot be cleared)");
    }

    /**
     * Sends {@code $null} for a parameter (JSON {@code null}), e.g. {@code -ForwardingSmtpAddress $null}: how a value
     * is cleared. {@link #parameters()} then holds {@code null} for it. A later {@code set} replaces it.
     */
    protected final SELF clear(String parameterName) {
        parameters.put(Objects.requireNonNull(parameterName, "parameterName"), null);
        return self();
    }

    /**
     * This builder, typed as its concrete class. Every subclass names itself as {@code SELF}, so the cast holds.
     * Not abstract on purpose: an override in each of the ~1 100 generated builders (and the bridge method javac adds
     * to each) cost about 5 % of javac's time on the bindings, for a line that only says {@code return this}.
     */
    @SuppressWarnings("unchecked")
    protected SELF self() {
        return (SELF) this;
    }

    @Override
    public final String cmdletName() {
        return descriptor.cmdletName();
    }

    @Override
    public final Map<String, Object> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public final boolean supportsShouldProcess() {
        return descriptor.supportsShouldProcess();
    }

    @Override
    public final CmdletDescriptor descriptor() {
        return descriptor;
    }

    /** The cmdlet and its JSON body, with secrets redacted. */
    @Override
    public String toString() {
        try {
            return cmdletName() + " " + toJson();
        } catch (RuntimeException unrenderable) {
            // a log line must not throw; the call itself reports the problem with its context
            return cmdletName() + " (parameters that cannot be sent: " + unrenderable.getMessage() + ")";
        }
    }
}
