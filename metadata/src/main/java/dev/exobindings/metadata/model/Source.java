package dev.exobindings.metadata.model;

/**
 * One input the snapshot was built from.
 *
 * @param kind       which importer read it
 * @param repository public repository (owner/name) the input comes from
 * @param commit     commit of the input files
 * @param path       path of the input inside that repository
 * @param license    licence of the input (SPDX id)
 */
public record Source(SourceKind kind, String repository, String commit, String path, String license) {
}
