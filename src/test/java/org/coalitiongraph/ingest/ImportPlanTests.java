package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitiongraph.ingest.ImportDocument.IssueRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;
import org.junit.jupiter.api.Test;

/** Judging an import on content: merged into the graph's records, only what differs is written. */
class ImportPlanTests {

    private static final StatementRecord IN_GRAPH = statement("Title", LocalDate.of(2020, 1, 1), "session:HRC44",
            List.of(new IssueStance("issue:x", "critical")), List.of("src:a"),
            List.of(new Signature("state:AAA", SignatureRole.LEAD, "*", "src:a"),
                    new Signature("state:BBB", SignatureRole.SIGNATORY, null, "src:a")),
            List.of(new Vote("state:AAA", "yes")));

    @Test
    void theSameContentChangesNothing() {
        var again = statement("Title", null, null, List.of(new IssueStance("issue:x", null)), List.of("src:a"),
                List.of(new Signature("state:BBB", SignatureRole.SIGNATORY, null, "src:a")), List.of(new Vote("state:AAA", "yes")));

        var plan = ImportPlan.of(document(again), document(IN_GRAPH), Set.of());

        assertThat(plan.changesAnything()).isFalse();
        assertThat(plan.counts()).contains(new ImportCount("statements", 0, 1, 0), new ImportCount("signatures", 0, 2, 0),
                new ImportCount("votes", 0, 1, 0));
    }

    @Test
    void fieldsGivenReplaceListsGainAndNothingIsTakenAway() {
        var more = statement(null, null, "session:HRC45", List.of(new IssueStance("issue:y", "supportive")), List.of("src:b"),
                List.of(new Signature("state:CCC", SignatureRole.SIGNATORY, null, "src:b"),
                        new Signature("state:BBB", SignatureRole.DELIVERED, null, null)),
                List.of(new Vote("state:AAA", "no")));

        var plan = ImportPlan.of(document(more), document(IN_GRAPH), Set.of());

        var written = plan.toWrite().statements().getFirst();
        assertThat(written.title()).isEqualTo("Title");
        assertThat(written.date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(written.session()).isEqualTo("session:HRC45");
        assertThat(written.issues()).containsExactly(new IssueStance("issue:x", "critical"), new IssueStance("issue:y", "supportive"));
        assertThat(written.sources()).containsExactly("src:a", "src:b");
        assertThat(written.signatories()).containsExactly(new Signature("state:AAA", SignatureRole.LEAD, "*", "src:a"),
                new Signature("state:BBB", SignatureRole.DELIVERED, null, "src:a"),
                new Signature("state:CCC", SignatureRole.SIGNATORY, null, "src:b"));
        assertThat(written.votes()).containsExactly(new Vote("state:AAA", "no"));
        assertThat(plan.changed()).containsEntry(RecordKind.STATEMENT, List.of("stmt:s"));
        assertThat(plan.before().statements()).containsExactly(IN_GRAPH);
        assertThat(plan.counts()).contains(new ImportCount("statements", 0, 0, 1), new ImportCount("signatures", 1, 1, 1),
                new ImportCount("votes", 0, 0, 1));
    }

    @Test
    void newRecordsAreWrittenAsGivenAndMadeUpOnesOnlyWhereTheGraphHasNone() {
        var input = new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, null, null, null,
                List.of(new IssueRecord("issue:x", "X from a file", List.of("issue:china")), new IssueRecord("issue:new", "New", null)),
                null, null);
        var graph = new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, null, null, null,
                List.of(new IssueRecord("issue:x", "X", List.of())), null, null);

        var plan = ImportPlan.of(input, graph, Set.of("issue:x", "issue:new"));

        assertThat(plan.toWrite().issues()).containsExactly(new IssueRecord("issue:new", "New", null));
        assertThat(plan.counts()).contains(new ImportCount("issues", 1, 1, 0));
    }

    @Test
    void theMarkerLegendGainsSymbolsInOrder() {
        var legend = new LinkedHashMap<String, String>();
        legend.put("*", "ECOSOC");
        var merged = ImportPlan.merge(Map.of("markers", legend), Map.of("markers", Map.of("†", "observer", "*", "ECOSOC")));

        assertThat(merged.get("markers").toString()).isEqualTo("{*=ECOSOC, †=observer}");
    }

    @Test
    void requiredFieldsLeftOutAreTakenFromTheGraph() {
        var bare = statement(null, null, null, null, List.of("src:a"), null, null);
        var withKindless = new StatementRecord("stmt:s", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of("src:a"), null);

        var filled = ImportPlan.withRequiredFieldsFrom(document(withKindless), document(IN_GRAPH)).statements().getFirst();

        assertThat(filled.title()).isEqualTo("Title");
        assertThat(filled.kind()).isEqualTo(StatementKind.JOINT_STATEMENT);
        assertThat(filled.date()).isNull();
        assertThat(ImportPlan.withRequiredFieldsFrom(document(bare), document()).statements().getFirst()).isEqualTo(bare);
    }

    private static StatementRecord statement(String title, LocalDate date, String session, List<IssueStance> issues,
            List<String> sources, List<Signature> signatures, List<Vote> votes) {
        return new StatementRecord("stmt:s", title, date, title == null ? null : StatementKind.JOINT_STATEMENT, session, null,
                null, null, null, null, null, null, null, issues, null, null, null, null, sources, signatures, votes);
    }

    private static ImportDocument document(StatementRecord... statements) {
        return new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, null, null, null, null, null, List.of(statements));
    }
}
