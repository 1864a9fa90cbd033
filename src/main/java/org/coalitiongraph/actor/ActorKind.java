package org.coalitiongraph.actor;

/** The kinds of actor; each is also the node label next to {@code :Actor}. */
public enum ActorKind {
    STATE("State"),
    ORGANISATION("Organisation");

    private final String label;

    ActorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
