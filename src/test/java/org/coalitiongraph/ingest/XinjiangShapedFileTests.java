package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.resolve.ActorNames;
import org.coalitiongraph.resolve.OrganisationIndex;
import org.coalitiongraph.resolve.StateIndex;
import org.coalitiongraph.resolve.StateNames;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;
import org.junit.jupiter.api.Test;

/** The documented mapping of the 2019–2020 statements file into the import format. */
class XinjiangShapedFileTests {

    private final ImportInput input = XinjiangShapedFile.read(XinjiangFile.text());
    private final ImportDocument document = input.document();

    @Test
    void theFileMapsWithoutProblemsToNineStatements() {
        assertThat(input.problems()).isEmpty();
        assertThat(document.statements()).extracting(StatementRecord::id).containsExactly(
                "stmt:hrc41-letter-critical-2019", "stmt:hrc41-letter-supportive-2019", "stmt:unga3-2019-critical-uk23",
                "stmt:unga3-2019-supportive-belarus54", "stmt:unga3-2020-critical-germany39",
                "stmt:unga3-2020-supportive-cuba45-xinjiang", "stmt:unga3-2020-supportive-pakistan55-hongkong",
                "stmt:hrc44-2020-critical-uk27", "stmt:hrc44-2020-supportive-belarus46");
        assertThat(input.mergeRepeated()).isTrue();
    }

    @Test
    void aStatementKeepsItsTitleDateCountsStanceAndAnswer() {
        var supportive = statement("stmt:hrc41-letter-supportive-2019");

        assertThat(supportive.kind()).isEqualTo(StatementKind.LETTER);
        assertThat(supportive.date()).isEqualTo(LocalDate.of(2019, 7, 12));
        assertThat(supportive.session()).isEqualTo("session:HRC41");
        assertThat(supportive.declaredSignatoryCount()).isEqualTo(50);
        assertThat(supportive.listComplete()).isTrue();
        assertThat(supportive.issues()).containsExactly(new ImportDocument.IssueStance("issue:xinjiang", "supportive"));
        assertThat(supportive.counters()).containsExactly("stmt:hrc41-letter-critical-2019");
        assertThat(supportive.notes()).contains("Stated count: The A/HRC/41/G/17 heading", "List as found: Algeria, Angola",
                "Joined on 2019-07-26: Bangladesh, Iran");
        var belarus = statement("stmt:unga3-2019-supportive-belarus54");
        assertThat(belarus.kind()).isEqualTo(StatementKind.JOINT_STATEMENT);
        assertThat(belarus.listComplete()).isFalse();
        assertThat(belarus.session()).isEqualTo("session:UNGA74");
        assertThat(belarus.notes()).startsWith("Union of two partial sources").contains("Third Committee (forum UNGA3)");
    }

    @Test
    void sessionsAndIssuesAreMadeUpOnlyWhereTheGraphHasNone() {
        assertThat(document.sessions()).extracting(ImportDocument.SessionRecord::id)
                .containsExactly("session:HRC41", "session:UNGA74", "session:UNGA75", "session:HRC44");
        assertThat(document.sessions().get(1)).isEqualTo(new ImportDocument.SessionRecord("session:UNGA74", "UNGA", 74, null, null));
        assertThat(document.issues()).containsExactly(new ImportDocument.IssueRecord("issue:china", "China", null),
                new ImportDocument.IssueRecord("issue:xinjiang", "Xinjiang", List.of("issue:china")),
                new ImportDocument.IssueRecord("issue:hong-kong", "Hong Kong", List.of("issue:china")));
        assertThat(input.createOnly()).containsExactlyInAnyOrder("session:HRC41", "session:UNGA74", "session:UNGA75",
                "session:HRC44", "issue:china", "issue:xinjiang", "issue:hong-kong");
        assertThat(statement("stmt:unga3-2020-supportive-pakistan55-hongkong").issues())
                .containsExactly(new ImportDocument.IssueStance("issue:hong-kong", "supportive"));
    }

    @Test
    void everyStatementCitesItsSourceByAStableIdAndEverySignatureASource() {
        var amnesty = SourceIds.of("https://amnesty.ca/human-rights-news/amnesty-welcomes-statement-human-rights-council-addressing-chinas-appalling-violations");
        assertThat(amnesty).matches("src:amnesty-ca-[0-9a-f]{10}");
        assertThat(statement("stmt:hrc41-letter-critical-2019").sources()).containsExactly(amnesty);
        assertThat(document.sources()).filteredOn(s -> s.id().equals(amnesty)).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("NGO web page (Amnesty International Canada)"))
                .satisfies(s -> assertThat(s.url()).startsWith("https://amnesty.ca/"));
        assertThat(document.statements()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(document.statements()).flatExtracting(StatementRecord::signatories)
                .allSatisfy(signature -> assertThat(signature.source()).isNotNull());
        assertThat(document.sources()).extracting(ImportDocument.SourceRecord::id).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void namesFromTwoSourcesEachCiteTheirOwn() {
        var belarus = statement("stmt:unga3-2019-supportive-belarus54");
        var portal = SourceIds.of("http://eng.chinaxinjiang.cn/2019/10/31/127feeb0203c447f95b61378d03601db.html");
        var blog = SourceIds.of("http://davidshinn.blogspot.com/2019/11/28-african-countries-support-chinas.html");

        assertThat(belarus.sources()).containsExactly(portal, blog);
        assertThat(source(belarus, "Russia")).isEqualTo(portal);
        assertThat(source(belarus, "Egypt")).isEqualTo(portal);
        assertThat(source(belarus, "Zambia")).isEqualTo(blog);
        // Only in the blog's list as written there; the import unites it with the portal's name for the same state.
        assertThat(source(belarus, "DRC")).isEqualTo(blog);
        assertThat(document.sources()).filteredOn(s -> s.id().equals(blog)).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo(s.url()));
    }

    @Test
    void theLeadStateIsNamedAgainAsLeadAndAddedWhereTheListLacksIt() {
        assertThat(statement("stmt:unga3-2019-critical-uk23").signatories()).last()
                .isEqualTo(new Signature(null, "United Kingdom", ActorKind.STATE, SignatureRole.LEAD, null,
                        statement("stmt:unga3-2019-critical-uk23").sources().getFirst()));
        assertThat(statement("stmt:hrc44-2020-critical-uk27").signatories()).singleElement()
                .satisfies(signature -> assertThat(signature.role()).isEqualTo(SignatureRole.LEAD));
        assertThat(statement("stmt:hrc41-letter-critical-2019").signatories())
                .allSatisfy(signature -> assertThat(signature.role()).isEqualTo(SignatureRole.SIGNATORY));
    }

    @Test
    void problemsNameTheirPlaceInTheFile() {
        var bad = XinjiangShapedFile.read("""
                [{"id": "x 1", "title": "A letter", "date": "2019-13-01", "forum": "ECOSOC", "session": "41",
                  "stated_count": -1, "list_complete": "yes", "colour": "red",
                  "signatories_as_written": ["Canada", 3]},
                 {"id": "ok", "title": "Joint statement", "forum": "HRC", "session": 41, "source": {"address": "https://x.org/a"}}]
                """);

        assertThat(bad.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "[0].colour: is not a field of this shape (see docs/import-format.md)",
                "[0].id: must be letters, digits, '_' or '-', was 'x 1'",
                "[0].date: must be a date as YYYY-MM-DD, was '2019-13-01'",
                "[0].forum: must be HRC, UNGA or UNGA1 to UNGA6 (a Main Committee), was 'ECOSOC'",
                "[0].stated_count: must be a whole number from 0",
                "[0].list_complete: must be true or false",
                "[0].source: is required: every statement cites its source",
                "[0].signatories_as_written[1]: must be a name");
        assertThat(bad.document().statements().get(1).session()).isEqualTo("session:HRC41");
        assertThat(bad.locations().of("statements[1].title")).isEqualTo("[1].title");
        assertThat(XinjiangShapedFile.read("{}").problems()).extracting(ImportProblem::toString)
                .containsExactly("$: must be a list of statements");
        assertThat(XinjiangShapedFile.read("[").problems()).singleElement().asString().startsWith("$: not JSON");
    }

    /** Every name of the file, resolved against the reference states as the import resolves them: all match. */
    @Test
    void everyNameOfTheFileIsAStateOfTheReferenceData() throws IOException {
        var names = new ActorNames(referenceStates(), new OrganisationIndex(List.of()), java.util.Set.of());

        var outcome = ImportNames.resolve(document, names, input.locations(), true);

        assertThat(outcome.problems()).isEmpty();
        // 235 names as written, "DRC" only in one source's list, and 7 lead states named again.
        assertThat(outcome.names()).hasSize(243)
                .allSatisfy(name -> assertThat(name.name().status()).as(name.toString())
                        .isEqualTo(org.coalitiongraph.resolve.ItemStatus.MATCHED));
        assertThat(outcome.names()).filteredOn(name -> List.of("CAR", "DRC", "the Congo", "Guinea Bissau", "the United Kingdom")
                .contains(name.name().input())).extracting(name -> name.name().input() + "=" + name.name().actorId())
                .contains("CAR=state:CAF", "DRC=state:COD", "the Congo=state:COG", "Guinea Bissau=state:GNB",
                        "the United Kingdom=state:GBR");
        var belarus = outcome.document().statements().get(3);
        assertThat(belarus.signatories()).hasSize(33).extracting(Signature::actor).doesNotHaveDuplicates();
        assertThat(belarus.signatories()).filteredOn(s -> s.role() == SignatureRole.LEAD).extracting(Signature::actor)
                .containsExactly("state:BLR");
        assertThat(outcome.names()).filteredOn(name -> name.name().input().equals("DRC")).singleElement()
                .satisfies(name -> assertThat(name.at()).startsWith("[3].signatories_by_source['http://davidshinn"));
    }

    private static StateIndex referenceStates() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("datasets/un-states.json"))) {
            return new StateIndex(ImportReader.read(in, "un-states").states().stream().map(state -> new StateNames(
                    state.id(), state.name(), state.formalName(), state.aliases(), state.iso3(), state.iso2())).toList());
        }
    }

    private StatementRecord statement(String id) {
        return document.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String source(StatementRecord statement, String name) {
        return statement.signatories().stream().filter(s -> name.equals(s.name())).findFirst().orElseThrow().source();
    }
}
