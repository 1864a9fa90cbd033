package org.coalitiongraph.statement;

/** A footnote marker of a printed list of signatories and what it means, e.g. {@code *}: ECOSOC consultative status. */
public record Marker(String symbol, String meaning) {
}
