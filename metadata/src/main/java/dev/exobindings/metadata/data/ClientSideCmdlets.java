package dev.exobindings.metadata.data;

import java.util.Map;
import java.util.Optional;

/**
 * Cmdlets of the ExchangeOnlineManagement module that run on the client ({@code Connect-ExchangeOnline},
 * {@code Get-EXOMailbox}, the Viva cmdlets…): InvokeCommand cannot run them, so no binding is generated. The list,
 * with the reason per cmdlet, is the committed data file {@code data/client-side-cmdlets.tsv}.
 */
public final class ClientSideCmdlets {
    private static final DataTable LIST = DataTable.load("client-side-cmdlets.tsv");

    private ClientSideCmdlets() {
    }

    /** Why {@code cmdletName} is not generated, or empty when it runs through InvokeCommand. */
    public static Optional<String> reason(String cmdletName) {
        return LIST.get(cmdletName);
    }

    /** Every listed cmdlet with its reason, in list order. */
    public static Map<String, String> all() {
        return LIST.rows();
    }
}
