package org.coalitiongraph.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.statement.StatementKind;

/** Small projections built by hand, for unit tests of what reads them. */
public final class TestProjections {

    private final GraphModel model = new GraphModel();
    private final Map<String, List<String>> broader = new HashMap<>();

    public TestProjections state(String id, String name) {
        model.actors.put(id, new ActorFacts(id, name, ActorKind.STATE, null, List.of(), null, null));
        return this;
    }

    /**
     * A roll call.
     *
     * @param issue null for none
     * @param votes by actor id; each vote "y", "n" or "a"
     */
    public TestProjections rollCall(String id, LocalDate date, String title, String text, String issue,
            Map<String, String> votes) {
        var cast = new ArrayList<StatementFacts.CastVote>();
        votes.forEach((actor, vote) -> cast.add(new StatementFacts.CastVote(actor,
                switch (vote) {
                    case "y" -> Vote.YES;
                    case "n" -> Vote.NO;
                    default -> Vote.ABSTAIN;
                })));
        var issues = new ArrayList<StatementFacts.Stance>();
        if (issue != null) {
            broader.putIfAbsent(issue, List.of());
            issues.add(new StatementFacts.Stance(issue, null));
        }
        model.statements.put(id, new StatementFacts(id, StatementKind.ROLL_CALL, date, null, issues, List.of(),
                List.of(), cast, title, text, null, List.of()));
        return this;
    }

    public Projection build(long version) {
        model.broader = Map.copyOf(broader);
        return ProjectionBuilder.build(model, version);
    }
}
