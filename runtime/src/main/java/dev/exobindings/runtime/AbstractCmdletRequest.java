package dev.exobindings.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** Binds a parameter; a later call for the same name replaces the earlier value. */
    protected final SELF set(String parameterName, Object value) {
        Objects.requireNonNull(parameterName, "parameterName");
        parameters.put(parameterName, Objects.requireNonNull(value, () -> parameterName + " must not be null"));
        return self();
    }

    /** This builder, typed as its concrete class. */
    protected abstract SELF self();

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
        return cmdletName() + " " + toJson();
    }
}
