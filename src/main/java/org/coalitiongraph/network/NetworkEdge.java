package org.coalitiongraph.network;

/**
 * @param source the end whose id sorts first
 * @param shared the statements signed together, or the roll calls both voted in: what the weight rests on
 */
public record NetworkEdge(String source, String target, double weight, int shared) {
}
