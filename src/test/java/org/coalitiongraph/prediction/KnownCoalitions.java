package org.coalitiongraph.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;

/**
 * A history whose answer is known, for the tests of likelySigners and the backtest. Twelve states
 * S0–S11 (regional groups by number mod 5). From 2015 to 2019, every March, S0 leads a statement
 * critical on issue a1 that S1–S4 sign, and S6 leads a supportive one countering it that S6–S11 sign;
 * twice every December S0–S5 vote yes on a roll call and S6–S11 no. S5 (in S0's regional group) never
 * signs. On {@link #TARGET_DAY} S0 leads a statement critical on issue a (broader than a1) that S1–S5
 * sign, countered the next day by S6–S11.
 */
public final class KnownCoalitions {

    public static final String TARGET = "stmt:critical-2020";
    public static final LocalDate TARGET_DAY = LocalDate.of(2020, 6, 1);

    private final ImportDocument base = GeneratedSignatures.generate(7, 12, 1, 1);

    /** The states' ids, S0 first. */
    public List<String> states() {
        return base.states().stream().map(s -> s.id()).toList();
    }

    public String name(int state) {
        return base.states().get(state).name();
    }

    public ImportDocument history() {
        var states = states();
        var history = new ArrayList<StatementRecord>();
        for (int year = 2015; year <= 2019; year++) {
            history.add(statement("stmt:critical-" + year, LocalDate.of(year, 3, 1), "issue:a1", "critical",
                    states.subList(0, 5), null));
            history.add(statement("stmt:supportive-" + year, LocalDate.of(year, 3, 2), "issue:a1", "supportive",
                    states.subList(6, 12), "stmt:critical-" + year));
            // Two a year: ten in the five years before 2020, the fewest that make a vote agreement.
            history.add(rollCall("rollcall:" + year + "a", LocalDate.of(year, 12, 1), states.subList(0, 6)));
            history.add(rollCall("rollcall:" + year + "b", LocalDate.of(year, 12, 2), states.subList(0, 6)));
        }
        history.add(statement(TARGET, TARGET_DAY, "issue:a", "critical", states.subList(0, 6), null));
        history.add(statement("stmt:supportive-2020", TARGET_DAY.plusDays(1), "issue:a", "supportive",
                states.subList(6, 12), TARGET));
        return with(history);
    }

    /** A joint statement at HRC50 with a complete list, the first signer leading. */
    public StatementRecord statement(String id, LocalDate date, String issue, String stance, List<String> signers,
            String counters) {
        var signatures = new ArrayList<Signature>();
        for (int i = 0; i < signers.size(); i++) {
            signatures.add(new Signature(signers.get(i), i == 0 ? SignatureRole.LEAD : SignatureRole.SIGNATORY, null, null));
        }
        return new StatementRecord(id, id, date, StatementKind.JOINT_STATEMENT, "session:HRC50", null, null, null, true,
                null, null, null, null, List.of(new IssueStance(issue, stance)), null, null, null,
                counters == null ? null : List.of(counters), null, signatures, null);
    }

    /** A roll call every state votes in: yes for those given, no for the others. */
    public StatementRecord rollCall(String id, LocalDate date, List<String> yes) {
        var votes = states().stream().map(state -> new Vote(state, yes.contains(state) ? "yes" : "no")).toList();
        return new StatementRecord(id, "A resolution", date, StatementKind.ROLL_CALL, null, null, null, null, true,
                null, null, null, null, List.of(), null, null, null, null, null, null, votes);
    }

    /** The states, sessions and issues with these statements. */
    public ImportDocument with(List<StatementRecord> statements) {
        return new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), base.states(),
                base.organisations(), base.people(), base.sessions(), base.issues(), base.groupings(), statements);
    }
}
