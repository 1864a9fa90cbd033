package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;
import org.junit.jupiter.api.Test;

/** The long CSV format: rows to statements, and every problem at its line and column. */
class CsvStatementsTests {

    private static final String HEADER = "statement_id,statement_title,kind,date,session,issue,stance,declared_count,"
            + "list_complete,counters,source_id,source_url,source_title,signatory,signatory_kind,role,marker,marker_meaning,vote\n";

    @Test
    void rowsOfOneStatementBecomeOneStatementWithItsSignatures() {
        var input = CsvStatements.read(HEADER
                + "stmt:a,Joint statement A,joint statement,2019-10-29,session:UNGA74,issue:xinjiang,critical,23+,yes,,src:a,https://a.example/1,Source A,United Kingdom,STATE,LEAD,,,\n"
                + "stmt:a,,,,,,,,,,,,,\"Korea, Republic of\",,,*,observer,\n"
                + "stmt:a,Joint statement A,,,,,,,,,src:b,,,org:ishr,,supporter,,,\n"
                + "rollcall:unga:1,Vote,ROLL_CALL,2019-12-01,,,,,,stmt:a,src:a,,,Canada,,,,,Yes\n");

        assertThat(input.problems()).isEmpty();
        assertThat(input.mergeRepeated()).isFalse();
        var statements = input.document().statements();
        assertThat(statements).hasSize(2);
        var a = statements.getFirst();
        assertThat(a.id()).isEqualTo("stmt:a");
        assertThat(a.title()).isEqualTo("Joint statement A");
        assertThat(a.kind()).isEqualTo(StatementKind.JOINT_STATEMENT);
        assertThat(a.date()).isEqualTo(LocalDate.of(2019, 10, 29));
        assertThat(a.session()).isEqualTo("session:UNGA74");
        assertThat(a.issues()).containsExactly(new ImportDocument.IssueStance("issue:xinjiang", "critical"));
        assertThat(a.declaredSignatoryCount()).isEqualTo(23);
        assertThat(a.declaredCountIsLowerBound()).isTrue();
        assertThat(a.listComplete()).isTrue();
        assertThat(a.markers()).containsExactly(Map.entry("*", "observer"));
        assertThat(a.sources()).containsExactly("src:a", "src:b");
        assertThat(a.signatories()).containsExactly(
                new Signature(null, "United Kingdom", ActorKind.STATE, SignatureRole.LEAD, null, "src:a"),
                new Signature(null, "Korea, Republic of", null, SignatureRole.SIGNATORY, "*", "src:a"),
                new Signature("org:ishr", null, null, SignatureRole.SUPPORTER, null, "src:b"));
        var vote = statements.get(1);
        assertThat(vote.counters()).containsExactly("stmt:a");
        assertThat(vote.votes()).containsExactly(new Vote(null, "Canada", null, "yes"));
        assertThat(vote.signatories()).isEmpty();
        assertThat(input.document().sources()).containsExactly(new ImportDocument.SourceRecord("src:a", "Source A",
                "https://a.example/1", null, null, null));
        assertThat(input.document().sessions()).containsExactly(new ImportDocument.SessionRecord("session:UNGA74", "UNGA", 74, null, null));
        assertThat(input.createOnly()).containsExactly("session:UNGA74");
    }

    @Test
    void theDocumentsPathsAreTheLinesAndColumnsTheyCameFrom() {
        var input = CsvStatements.read(HEADER
                + "stmt:a,A,LETTER,2019-10-29,,,,,,,src:a,,,Canada,,,,,\n"
                + "stmt:a,,,,,,,,,,,,,Norway,,LEAD,,,\n");

        var at = input.locations();
        assertThat(at.of("statements[0]")).isEqualTo("line 2");
        assertThat(at.of("statements[0].date")).isEqualTo("line 2, column date");
        assertThat(at.of("statements[0].signatories[1].name")).isEqualTo("line 3, column signatory");
        assertThat(at.of("statements[0].signatories[1].role")).isEqualTo("line 3, column role");
        assertThat(at.of("statements[0].signatories[1].something")).isEqualTo("line 3");
        assertThat(at.of("statements[0].sources[0]")).isEqualTo("line 2, column source_id");
        // Not given: the statement's first line.
        assertThat(at.of("statements[0].session")).isEqualTo("line 2");
    }

    @Test
    void rowsOfOneStatementThatDisagreeAreAProblemOfTheLaterLine() {
        var input = CsvStatements.read(HEADER
                + "stmt:a,A,LETTER,2019-10-29,,,,,,,src:a,,,Canada,,,,,\n"
                + "stmt:a,B,LETTER,2019-10-30,,,,,,,,,,Norway,,,,,\n");

        assertThat(input.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 3, column statement_title: 'B' differs from line 2's 'A': the rows of one statement must agree (or leave it blank)",
                "line 3, column date: '2019-10-30' differs from line 2's '2019-10-29': the rows of one statement must agree (or leave it blank)");
    }

    @Test
    void unreadableValuesNameTheirLineAndColumn() {
        var input = CsvStatements.read(HEADER
                + "stmt:a,A,speech,29/10/2019,,,,about 40,perhaps,,src:a,,,Canada,nation,boss,,,\n"
                + "stmt:a,,,,,,,,,,,,,Norway,,,*,,maybe\n"
                + "stmt:a,,,,,,,,,,,,,,,LEAD,,,\n"
                + ",A,,,,,,,,,,,,,,,,,\n");

        assertThat(input.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "line 2, column signatory_kind: 'nation' is not STATE or ORGANISATION",
                "line 2, column role: 'boss' is not a role: LEAD, DELIVERED, SIGNATORY or SUPPORTER",
                "line 3, column marker: a vote has no role or marker: a row is a signature or a vote",
                "line 4, column signatory: is required when role is given",
                "line 5, column statement_id: is required on every row",
                "line 2, column kind: 'speech' is not a kind: JOINT_STATEMENT, LETTER, RESOLUTION, DECISION, ROLL_CALL, ORAL_STATEMENT",
                "line 2, column date: '29/10/2019' is not a date: write it as YYYY-MM-DD",
                "line 2, column declared_count: 'about 40' is not a count: a whole number, with + for a lower bound (\"40+\": more than 40)",
                "line 2, column list_complete: 'perhaps' is not yes or no");
        // A vote's value is checked with the rest of the document, at its place.
        assertThat(input.document().statements().getFirst().votes()).containsExactly(new Vote(null, "Norway", null, "maybe"));
        assertThat(input.locations().of("statements[0].votes[0].vote")).isEqualTo("line 3, column vote");
    }

    @Test
    void theHeaderMustNameKnownColumnsOnceAndTheStatementId() {
        assertThat(CsvStatements.read("statement_id,colour,date,date\nstmt:a,red,,\n").problems())
                .extracting(ImportProblem::toString).containsExactly(
                        "line 1, column colour: is not a column of the statements CSV; the columns are "
                                + String.join(", ", CsvStatements.COLUMNS),
                        "line 1, column date: is given twice");
        assertThat(CsvStatements.read("signatory\nCanada\n").problems()).singleElement().asString()
                .startsWith("line 1: the header row needs a statement_id column");
        assertThat(CsvStatements.read("").problems()).singleElement().asString().startsWith("line 1: needs a header row");
        assertThat(CsvStatements.read("statement_id\n\"open\n").problems()).extracting(ImportProblem::toString)
                .containsExactly("line 2: a double quote opened here is never closed");
    }

    @Test
    void columnsMayComeInAnyOrderAndBeLeftOut() {
        var input = CsvStatements.read("Signatory,Statement ID,source_url,source_title\n"
                + "Canada,stmt:b,https://b.example/x,B\n");

        assertThat(input.problems()).isEmpty();
        var source = SourceIds.of("https://b.example/x");
        assertThat(input.document().statements()).singleElement().satisfies(s -> {
            assertThat(s.sources()).containsExactly(source);
            assertThat(s.signatories()).containsExactly(new Signature(null, "Canada", null, SignatureRole.SIGNATORY, null, source));
        });
        assertThat(input.document().sources()).extracting(ImportDocument.SourceRecord::id).containsExactly(source);
    }

    @Test
    void oneSourceGivenTwiceDifferentlyIsAProblem() {
        var input = CsvStatements.read(HEADER
                + "stmt:a,A,LETTER,,,,,,,,src:a,https://a,One,Canada,,,,,\n"
                + "stmt:a,,,,,,,,,,src:a,https://a,Two,Norway,,,,,\n");

        assertThat(input.problems()).extracting(ImportProblem::path).containsExactly("line 3, column source_title");
        assertThat(List.of(input.document().sources().getFirst().title())).containsExactly("One");
    }

    @Test
    void theDocumentationsExampleReads() throws java.io.IOException {
        var docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/import-format.md"));
        var example = docs.substring(docs.indexOf("```csv\n") + 7, docs.indexOf("```", docs.indexOf("```csv\n") + 7));

        var input = CsvStatements.read(example);

        assertThat(input.problems()).isEmpty();
        assertThat(input.document().statements()).singleElement().satisfies(s -> {
            assertThat(s.signatories()).extracting(Signature::name).containsExactly("United Kingdom", "Albania", "the Netherlands");
            assertThat(s.signatories()).extracting(Signature::source).containsOnly(s.sources().getFirst());
            assertThat(s.declaredSignatoryCount()).isEqualTo(23);
        });
    }
}
