package org.coalitiongraph.alignment;

import org.coalitiongraph.actor.Actor;

/**
 * An actor ranked by its alignment with another.
 *
 * @param score the vote agreement index, or the Jaccard index of signatures
 * @param basis what the score rests on: shared roll calls, or statements either signed
 */
public record AlignedActor(Actor actor, double score, int basis, SignatureOverlap signatures, VoteAgreement votes) {
}
