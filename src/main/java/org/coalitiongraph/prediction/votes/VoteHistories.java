package org.coalitiongraph.prediction.votes;

import org.coalitiongraph.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * The {@link VoteHistory} of the current projection, built once per projection version: ordering
 * the roll calls, the vote bitsets and the text vectors take a second on all UNGA votes, and every
 * prediction reads them.
 */
@Component
public final class VoteHistories {

    private volatile VoteHistory latest;

    VoteHistory of(Projection projection) {
        var history = latest;
        if (history == null || history.projection.version() != projection.version()) {
            synchronized (this) {
                history = latest;
                if (history == null || history.projection.version() != projection.version()) {
                    history = VoteHistory.of(projection);
                    latest = history;
                }
            }
        }
        return history;
    }
}
