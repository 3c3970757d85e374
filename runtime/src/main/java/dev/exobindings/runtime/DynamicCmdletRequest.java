package dev.exobindings.runtime;

import java.util.regex.Pattern;

/** A request built by hand for a cmdlet that has no generated class: {@code CmdletRequest.of("Get-Foo")}. */
public final class DynamicCmdletRequest extends AbstractCmdletRequest<DynamicCmdletRequest> {
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Nothing is known about the cmdlet, not even whether it supports ShouldProcess: {@link CmdletDescriptor#unknown}. */
    DynamicCmdletRequest(String cmdletName) {
        super(CmdletDescriptor.unknown(cmdletName));
    }

    DynamicCmdletRequest(CmdletDescriptor descriptor) {
        super(descriptor);
    }

    /**
     * Binds {@code name} to {@code value}.
     *
     * @throws IllegalArgumentException when {@code name} is not a parameter name (written with its '-', or with
     *                                  spaces), which the service would refuse only after the call
     */
    public DynamicCmdletRequest param(String name, Object value) {
        return set(checked(name), value);
    }

    /** Sends {@code name} as {@code $null} (JSON {@code null}), clearing the value: {@code -Name $null}. */
    public DynamicCmdletRequest clearParam(String name) {
        return clear(checked(name));
    }

    /** Binds a switch parameter to {@code true}. */
    public DynamicCmdletRequest param(String switchName) {
        return set(checked(switchName), Boolean.TRUE);
    }

    private static String checked(String name) {
        if (name != null && !PARAMETER_NAME.matcher(name).matches()) {
            String bare = name.strip().replaceFirst("^-+", "").replaceFirst(":$", "");
            throw new IllegalArgumentException("'" + name + "' is not a parameter name: write it as PowerShell names it"
                    + " after the '-', without spaces" + (PARAMETER_NAME.matcher(bare).matches()
                    ? ", e.g. param(\"" + bare + "\", …)" : ""));
        }
        return name;
    }
}
