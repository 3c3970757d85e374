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

    private final String cmdletName;
    private final boolean supportsShouldProcess;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    protected AbstractCmdletRequest(String cmdletName, boolean supportsShouldProcess) {
        this.cmdletName = Objects.requireNonNull(cmdletName, "cmdletName");
        this.supportsShouldProcess = supportsShouldProcess;
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
        return cmdletName;
    }

    @Override
    public final Map<String, Object> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public final boolean supportsShouldProcess() {
        return supportsShouldProcess;
    }

    /** The cmdlet and its JSON body, with secrets redacted. */
    @Override
    public String toString() {
        return cmdletName + " " + toJson();
    }
}
