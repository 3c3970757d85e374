package dev.exobindings.simulator.http;

import dev.exobindings.simulator.cmdlets.CallerRole;

/** What the connect-time endpoints serve: the module text (EXOModuleFile) and the CSDL ({@code $metadata}). */
public interface ModuleFiles {
    /**
     * The module text for a caller.
     *
     * @param role         the caller's role, which trims the cmdlets
     * @param commandNames the {@code CommandName} header (null or {@code *} = every cmdlet the role allows)
     * @return the text, or {@code null} when the caller's role allows no cmdlet at all
     */
    String moduleText(CallerRole role, String commandNames);

    /** The {@code $metadata} CSDL document. */
    String metadataXml();
}
