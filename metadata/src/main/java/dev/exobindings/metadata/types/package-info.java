/** One spelling for every .NET type name the catalogs and docs use, so a re-spelling is never a change. */
package dev.exobindings.metadata.types;
