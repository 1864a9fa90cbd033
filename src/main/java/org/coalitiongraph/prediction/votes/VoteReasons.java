package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.prediction.Reason;
import org.coalitiongraph.projection.Vote;

/** The evidence behind one state's P(yes), feature by feature, in words and numbers; the strongest first. */
final class VoteReasons {

    private VoteReasons() {
    }

    static List<Reason> of(VoteHistory history, LogisticModel model, VoteEvidence.State s, int actor, boolean hasIssue) {
        var x = VoteFeatures.yes(s);
        var texts = List.of(
                String.format(Locale.ROOT, "voted yes on %d of the %d most similar earlier roll calls it voted in (%.0f %% weighted by similarity and age over the 200 most similar)",
                        s.narrowYes(), s.narrowVotes(), 100 * s.wide()),
                series(history, s, actor),
                s.seriesVotes() == 0 ? "voted in no earlier roll call of the same series"
                        : String.format(Locale.ROOT, "voted yes on %d of %d earlier roll calls of the same series (%.0f %%, the newest weighing most)",
                                s.seriesYesVotes(), s.seriesVotes(), 100 * s.seriesRate()),
                String.format(Locale.ROOT, "voted yes on %d of its %d votes in the 3 years before (%.0f %% with its longer record)",
                        s.recentYes(), s.recentVotes(), 100 * s.recent()),
                String.format(Locale.ROOT, "voted yes on %d of %d roll calls %s in the 5 years before (%.0f %% with its recent record)",
                        s.issueYes(), s.issueVotes(), hasIssue ? "on this issue" : "without an issue, as this one", 100 * s.issue()),
                String.format(Locale.ROOT, "the states that voted most like it in the 3 years before voted yes on %.0f %% of the most similar earlier roll calls",
                        100 * s.bloc()));
        var reasons = new ArrayList<Reason>();
        for (int j = 1; j < x.length; j++) {
            reasons.add(new Reason(texts.get(j - 1), model.features().get(j), x[j], model.contribution(j, x)));
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.effect())));
        return reasons;
    }

    private static String series(VoteHistory history, VoteEvidence.State s, int actor) {
        if (s.series() < 0) {
            return String.format(Locale.ROOT, "voted in no earlier roll call of the same series; yes on %d of the %d most similar",
                    s.narrowYes(), s.narrowVotes());
        }
        int statement = history.projection.rollCallStatement(history.rollCall(s.series()));
        var vote = history.projection.vote(actor, history.rollCall(s.series()));
        var what = vote == Vote.YES ? "voted yes" : vote == Vote.NO ? "voted no" : "abstained";
        return String.format(Locale.ROOT, "%s on the newest earlier roll call of the same series, %s '%s' (%s)", what,
                history.projection.statementId(statement), history.projection.title(statement),
                LocalDate.ofEpochDay(history.day(s.series())));
    }
}
