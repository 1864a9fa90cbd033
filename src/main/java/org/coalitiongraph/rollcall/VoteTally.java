package org.coalitiongraph.rollcall;

/** The votes cast on a roll call, by value. */
public record VoteTally(int yes, int no, int abstain, int total) {
}
