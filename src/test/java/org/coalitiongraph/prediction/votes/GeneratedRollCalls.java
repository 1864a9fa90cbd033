package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.StatementKind;

/**
 * Roll calls whose votes history can predict, as at the UN: resolutions on a few recurring topics
 * (each with its own words, most with an issue), three blocs each holding a stance per topic that
 * rarely changes, states following their bloc most of the time and sometimes absent; a few roll
 * calls undated.
 */
final class GeneratedRollCalls {

    private static final String[] VOTES = {"yes", "no", "abstain"};
    private static final String[][] TOPICS = {
            {"Nuclear disarmament and the prohibition of nuclear weapons", "issue:g0"},
            {"Israeli practices in the occupied territories", "issue:g1"},
            {"Economic embargo against Cuba", null},
            {"Rights of the child and child labour", "issue:g2"},
            {"Situation of human rights in the Islamic Republic of Iran", "issue:g3"},
            {"Decolonization of non-self-governing territories", null}};

    private GeneratedRollCalls() {
    }

    static ImportDocument generate(long seed, int states, int rollCalls) {
        var base = GeneratedSignatures.generate(seed, states, 2, 2);
        var random = new Random(seed);
        var blocs = new int[states];
        var loyalty = new double[states];
        for (int i = 0; i < states; i++) {
            blocs[i] = random.nextInt(3);
            loyalty[i] = 0.7 + 0.3 * random.nextDouble();
        }
        var stance = new int[3][TOPICS.length];
        for (int b = 0; b < 3; b++) {
            for (int t = 0; t < TOPICS.length; t++) {
                stance[b][t] = random.nextInt(10) < 6 ? 0 : random.nextInt(3);
            }
        }
        var all = new ArrayList<StatementRecord>();
        for (int r = 0; r < rollCalls; r++) {
            var date = LocalDate.of(2014, 1, 1).plusDays((long) r * 9 * 365 / rollCalls);
            if (r % 50 == 49) {
                stance[random.nextInt(3)][random.nextInt(TOPICS.length)] = random.nextInt(3);
            }
            int topic = random.nextInt(TOPICS.length);
            var votes = new ArrayList<Vote>();
            for (int i = 0; i < states; i++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                int vote = random.nextDouble() < loyalty[i] ? stance[blocs[i]][topic] : random.nextInt(3);
                votes.add(new Vote(base.states().get(i).id(), VOTES[vote]));
            }
            var issue = TOPICS[topic][1] == null ? List.<IssueStance>of()
                    : List.of(new IssueStance(GeneratedSignatures.ISSUES.get(Integer.parseInt(TOPICS[topic][1].substring(7))
                            % GeneratedSignatures.ISSUES.size()), null));
            all.add(new StatementRecord("rollcall:t" + r, TOPICS[topic][0], random.nextInt(40) == 0 ? null : date,
                    StatementKind.ROLL_CALL, null, null, null, null, true,
                    TOPICS[topic][0] + " : resolution / adopted by the General Assembly, paragraph " + random.nextInt(5),
                    null, null, null, issue, null, null, null, null, null, null, votes));
        }
        return new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), base.states(),
                base.organisations(), base.people(), base.sessions(), base.issues(), base.groupings(), all);
    }
}
