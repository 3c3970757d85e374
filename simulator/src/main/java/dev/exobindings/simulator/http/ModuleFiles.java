package dev.exobindings.simulator.http;

/** What the connect-time endpoints serve: the module text (EXOModuleFile) and the CSDL ({@code $metadata}). */
public interface ModuleFiles {
    /**
     * The module text for a caller.
     *
     * @param bearerToken  the caller's token (its role trims the cmdlets)
     * @param commandNames the {@code CommandName} header (null or {@code *} = every cmdlet the role allows)
     * @return the text, or {@code null} when the caller's role allows no cmdlet at all
     */
    String moduleText(String bearerToken, String commandNames);

    /** The {@code $metadata} CSDL document. */
    String metadataXml();
}
