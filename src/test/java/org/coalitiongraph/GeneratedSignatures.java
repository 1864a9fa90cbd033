package org.coalitiongraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.IssueRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.SessionRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;

/**
 * A random but reproducible signature graph for oracle tests: states and organisations with skewed
 * propensities to sign, statements spread over sessions of two bodies, three kinds, four years (some
 * undated), and an issue tree two levels deep. Names mix case so that ordering by name is exercised.
 */
public final class GeneratedSignatures {

    public static final List<String> ISSUES = List.of("issue:a", "issue:a1", "issue:a1x", "issue:a2", "issue:b");
    public static final Map<String, String> BROADER = Map.of("issue:a1", "issue:a", "issue:a1x", "issue:a1",
            "issue:a2", "issue:a");
    public static final List<String> SESSIONS = List.of("session:HRC50", "session:HRC51", "session:UNGA77",
            "session:UNGA78");
    public static final List<StatementKind> KINDS = List.of(StatementKind.JOINT_STATEMENT, StatementKind.LETTER,
            StatementKind.ORAL_STATEMENT);

    private GeneratedSignatures() {
    }

    public static ImportDocument generate(long seed, int states, int organisations, int statements) {
        var random = new Random(seed);
        var stateRecords = new ArrayList<StateRecord>();
        var orgRecords = new ArrayList<OrganisationRecord>();
        var actors = new ArrayList<String>();
        var propensity = new ArrayList<Double>();
        for (int i = 0; i < states; i++) {
            var id = "state:S" + i;
            stateRecords.add(new StateRecord(id, name(random, "State", i), List.of(), iso3(i), null, null,
                    "group" + (i % 5), true, false, null, null));
            actors.add(id);
            propensity.add(Math.pow(random.nextDouble(), 2) * 0.6);
        }
        for (int i = 0; i < organisations; i++) {
            var id = "org:o" + i;
            orgRecords.add(new OrganisationRecord(id, name(random, "Org", i), List.of(), null,
                    random.nextBoolean(), null, null, null));
            actors.add(id);
            propensity.add(Math.pow(random.nextDouble(), 3) * 0.5);
        }
        var statementRecords = new ArrayList<StatementRecord>();
        for (int i = 0; i < statements; i++) {
            var date = random.nextInt(10) == 0 ? null
                    : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
            var session = random.nextInt(8) == 0 ? null : SESSIONS.get(random.nextInt(SESSIONS.size()));
            var issues = new ArrayList<IssueStance>();
            for (var issue : ISSUES) {
                if (random.nextInt(4) == 0) {
                    issues.add(new IssueStance(issue, random.nextBoolean() ? "critical" : "supportive"));
                }
            }
            var signatures = new ArrayList<Signature>();
            for (int a = 0; a < actors.size(); a++) {
                if (random.nextDouble() < propensity.get(a)) {
                    signatures.add(new Signature(actors.get(a),
                            signatures.isEmpty() ? SignatureRole.LEAD : SignatureRole.SIGNATORY, null, null));
                }
            }
            statementRecords.add(new StatementRecord("stmt:g" + i, "Generated statement " + i, date,
                    KINDS.get(random.nextInt(KINDS.size())), session, null, null, null, true, null, null, null,
                    null, issues, null, null, null, null, null, signatures));
        }
        var sessions = SESSIONS.stream().map(id -> new SessionRecord(id, id.contains("HRC") ? "HRC" : "UNGA",
                Integer.parseInt(id.replaceAll("\\D", "")), null, null)).toList();
        var issues = ISSUES.stream().map(id -> new IssueRecord(id, id.substring(6).toUpperCase(),
                BROADER.containsKey(id) ? List.of(BROADER.get(id)) : List.of())).toList();
        return new ImportDocument(ImportDocument.FORMAT_V1, null, null, stateRecords, orgRecords, null, sessions,
                issues, null, statementRecords);
    }

    /** XAA, XAB, …: three letters, unique up to 676 states. */
    private static String iso3(int i) {
        return "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }

    private static String name(Random random, String prefix, int i) {
        var name = prefix + " " + (char) ('a' + random.nextInt(26)) + i;
        return random.nextBoolean() ? name : name.toUpperCase();
    }
}
