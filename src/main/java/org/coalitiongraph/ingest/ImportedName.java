package org.coalitiongraph.ingest;

import org.coalitiongraph.resolve.ActorName;

/**
 * One name of an import with what it resolved to.
 *
 * @param at   where the name stands in the input: a JSON path, or the CSV line and column
 * @param name what it resolved to
 */
public record ImportedName(String at, ActorName name) {
}
