package org.coalitiongraph.ingest;

/**
 * How many records of one kind (or signatures, or votes) an import creates, finds already in the
 * graph as given, or changes.
 *
 * @param kind the list of the import format ({@code statements}, …), or {@code signatures}, {@code votes}
 */
public record ImportCount(String kind, int created, int unchanged, int changed) {
}
