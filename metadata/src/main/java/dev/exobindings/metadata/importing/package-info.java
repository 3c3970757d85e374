/**
 * Import any module catalog and/or docs folder into a snapshot, with the header facts (product, name, capture date,
 * sources) the caller states: {@link dev.exobindings.metadata.importing.SnapshotImporter}.
 */
package dev.exobindings.metadata.importing;
