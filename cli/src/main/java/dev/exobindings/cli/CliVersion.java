package dev.exobindings.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (the Maven project version), or "development" when run from classes. */
final class CliVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CliVersion.class.getPackage().getImplementationVersion();
        return new String[] {"exo-bindings " + (version != null ? version : "(development build)")};
    }
}
