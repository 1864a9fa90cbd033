package org.coalitiongraph.network;

import java.util.List;

/**
 * @param members     ordered by name
 * @param mostCentral the members with the heaviest edges to other members, heaviest first
 */
public record Bloc(int community, int size, double internalWeight, List<NetworkNode> members,
        List<NetworkNode> mostCentral) {
}
