package org.coalitiongraph.alignment;

import java.util.List;

import org.coalitiongraph.actor.Actor;

/** How two actors align within a filter, overall and period by period. */
public record Alignment(Actor a, Actor b, SignatureOverlap signatures, VoteAgreement votes,
        List<AlignmentPeriod> timeline) {
}
