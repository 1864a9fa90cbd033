package org.coalitiongraph.actor;

public enum ActorOrder {
    NAME
}
