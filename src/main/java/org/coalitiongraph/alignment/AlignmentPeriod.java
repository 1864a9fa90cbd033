package org.coalitiongraph.alignment;

/** @param period a year ("2019") or a session id ("session:UNGA74") */
public record AlignmentPeriod(String period, SignatureOverlap signatures, VoteAgreement votes) {
}
