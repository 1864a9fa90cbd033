package org.coalitiongraph.prediction.signers;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL input {@code DraftInput}: a statement being prepared. */
public record DraftInput(List<DraftIssue> issues, String body, String session, String lead, List<String> signatories,
        List<String> counters, LocalDate asOf) {

    /** An issue the draft concerns, with its stance on it (null: no side). */
    public record DraftIssue(String issue, String stance) {
    }
}
