package dev.exobindings.runtime;

/**
 * Answers the service's confirmation question ({@code @adminapi.confirmationmessage}) of a ShouldProcess cmdlet,
 * like PowerShell's "Are you sure…?" prompt.
 */
@FunctionalInterface
public interface ConfirmationHandler {

    /** Returns true to run the cmdlet, false to skip it. */
    boolean confirm(CmdletRequest request, String message);

    /** Always yes. */
    static ConfirmationHandler always() {
        return (request, message) -> true;
    }

    /** Always no. */
    static ConfirmationHandler never() {
        return (request, message) -> false;
    }
}
