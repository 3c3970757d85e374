package dev.exobindings.runtime;

/** A request built by hand for a cmdlet that has no generated class: {@code CmdletRequest.of("Get-Foo")}. */
public final class DynamicCmdletRequest extends AbstractCmdletRequest<DynamicCmdletRequest> {

    DynamicCmdletRequest(String cmdletName) {
        super(cmdletName, false);
    }

    DynamicCmdletRequest(CmdletDescriptor descriptor) {
        super(descriptor);
    }

    /** Binds {@code name} to {@code value}. */
    public DynamicCmdletRequest param(String name, Object value) {
        return set(name, value);
    }

    /** Sends {@code name} as {@code $null} (JSON {@code null}), clearing the value: {@code -Name $null}. */
    public DynamicCmdletRequest clearParam(String name) {
        return clear(name);
    }

    /** Binds a switch parameter to {@code true}. */
    public DynamicCmdletRequest param(String switchName) {
        return set(switchName, Boolean.TRUE);
    }
}
