package org.coalitiongraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.StatementKind;

/**
 * A random but reproducible graph for the alignment oracle tests: the statements of
 * {@link GeneratedSignatures}, some of which counter an earlier one, plus roll calls in which the
 * states vote along three latent blocs (each bloc prefers one vote per roll call, a state follows
 * its bloc most of the time and sometimes stays away), so that agreement varies the way it does at the UN.
 */
public final class GeneratedAlignments {

    private static final String[] VOTES = {"yes", "no", "abstain"};

    private GeneratedAlignments() {
    }

    public static ImportDocument generate(long seed, int states, int organisations, int statements, int rollCalls) {
        var base = GeneratedSignatures.generate(seed, states, organisations, statements);
        var random = new Random(seed ^ 0x5DEECE66DL);
        var all = new ArrayList<StatementRecord>();
        for (var statement : base.statements()) {
            var counters = new ArrayList<String>();
            if (!all.isEmpty() && random.nextInt(6) == 0) {
                counters.add(all.get(random.nextInt(all.size())).id());
            }
            all.add(withCounters(statement, counters));
        }
        var blocs = new int[states];
        var loyalty = new double[states];
        for (int i = 0; i < states; i++) {
            blocs[i] = random.nextInt(3);
            loyalty[i] = 0.55 + 0.4 * random.nextDouble();
        }
        for (int r = 0; r < rollCalls; r++) {
            var preferred = new String[] {VOTES[random.nextInt(3)], VOTES[random.nextInt(3)], VOTES[random.nextInt(3)]};
            var votes = new ArrayList<Vote>();
            for (int i = 0; i < states; i++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                var vote = random.nextDouble() < loyalty[i] ? preferred[blocs[i]] : VOTES[random.nextInt(3)];
                votes.add(new Vote(base.states().get(i).id(), vote));
            }
            var date = random.nextInt(20) == 0 ? null : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
            var session = random.nextInt(6) == 0 ? null
                    : GeneratedSignatures.SESSIONS.get(random.nextInt(GeneratedSignatures.SESSIONS.size()));
            var issues = random.nextBoolean() ? List.<IssueStance>of()
                    : List.of(new IssueStance(GeneratedSignatures.ISSUES.get(random.nextInt(GeneratedSignatures.ISSUES.size())), null));
            all.add(new StatementRecord("rollcall:g" + r, "Generated roll call " + r, date, StatementKind.ROLL_CALL,
                    session, null, null, null, true, null, null, null, null, issues, null, null, null, null, null, null,
                    votes));
        }
        return new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), base.states(),
                base.organisations(), base.people(), base.sessions(), base.issues(), base.groupings(), all);
    }

    private static StatementRecord withCounters(StatementRecord s, List<String> counters) {
        return new StatementRecord(s.id(), s.title(), s.date(), s.kind(), s.session(), s.symbol(),
                s.declaredSignatoryCount(), s.declaredCountIsLowerBound(), s.listComplete(), s.text(), s.url(),
                s.notes(), s.markers(), s.issues(), s.deliveredBy(), s.onBehalfOf(), s.addressedTo(), counters,
                s.sources(), s.signatories(), s.votes());
    }
}
