package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ImportValidatorTests {

    private static final ImportValidator.GraphIds EMPTY_GRAPH = (label, ids) -> new HashSet<>(ids);

    @Test
    void aValidDocumentHasNoProblems() throws Exception {
        assertThat(problems("""
                {"format": "coalition-graph/v1", "dataset": {"id": "demo", "version": 1},
                 "organisations": [{"id": "org:a", "name": "A"}, {"id": "org:b", "name": "B"}],
                 "issues": [{"id": "issue:x", "name": "X"}, {"id": "issue:y", "name": "Y", "broader": ["issue:x"]}],
                 "statements": [{"id": "stmt:s", "title": "S", "kind": "LETTER", "markers": {"*": "ECOSOC"},
                   "issues": [{"issue": "issue:y", "stance": "critical"}],
                   "signatories": [{"actor": "org:a", "role": "LEAD", "marker": "*"}, {"actor": "org:b", "role": "SIGNATORY"}]}]}
                """, EMPTY_GRAPH)).isEmpty();
    }

    @Test
    void reportsEveryProblemWithItsPath() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v2", "dataset": {"id": "Demo!", "version": 0},
                 "organisations": [{"id": "org:a", "name": "A"}, {"id": "org:a", "name": "A again"}, {"id": "ngo:c", "name": ""}],
                 "sessions": [{"id": "session:X", "body": "HRC", "startDate": "2021-02-01", "endDate": "2021-01-01"}],
                 "statements": [{"id": "stmt:s", "title": "S", "kind": "LETTER", "counters": ["stmt:s"],
                   "signatories": [{"actor": "org:a", "role": "LEAD", "marker": "+"}, {"actor": "org:a"}, {"actor": "org:zz", "role": "SIGNATORY"}]},
                   {"id": "stmt:t"}]}
                """, EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                "format",
                "dataset.id",
                "dataset.version",
                "organisations[1].id",
                "organisations[2].id",
                "organisations[2].name",
                "sessions[0]",
                "statements[0].counters[0]",
                "statements[0].signatories[0].marker",
                "statements[0].signatories[1].actor",
                "statements[0].signatories[1].role",
                "statements[0].signatories[2].actor",
                "statements[1].title",
                "statements[1].kind");
    }

    @Test
    void mergedIdsAreIdsOfTheRecordsKindEachOnceNoneItsOwn() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v1",
                 "states": [{"id": "state:AAA", "name": "A", "mergedIds": ["state:AAB", "org:x", "state:AAA", "state:AAB", "%s"]}],
                 "organisations": [{"id": "org:a", "name": "A", "mergedIds": ["org:b", "org:c"]}]}
                """.formatted("state:" + "X".repeat(200)), EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "states[0].mergedIds[1]: must look like state:<name> (letters, digits, . _ : / -), was 'org:x'",
                "states[0].mergedIds[2]: is the record's own id",
                "states[0].mergedIds[3]: 'state:AAB' is given twice",
                "states[0].mergedIds[4]: is longer than 200 characters: no id is");
    }

    @Test
    void referencesMayNameNodesAlreadyInTheGraph() throws Exception {
        ImportValidator.GraphIds graphWithCanada = (label, ids) -> {
            var missing = new HashSet<>(ids);
            missing.removeAll(Set.of("state:CAN"));
            return missing;
        };

        var problems = problems("""
                {"format": "coalition-graph/v1",
                 "statements": [{"id": "stmt:s", "title": "S", "kind": "LETTER",
                   "signatories": [{"actor": "state:CAN", "role": "LEAD"}, {"actor": "state:ATL", "role": "SIGNATORY"}]}]}
                """, graphWithCanada);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("statements[0].signatories[1].actor");
            assertThat(problem.message()).contains("state:ATL");
        });
    }

    private static List<ImportProblem> problems(String json, ImportValidator.GraphIds graph) throws Exception {
        var document = ImportReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
        return ImportValidator.validate(document, graph);
    }

    @Test
    void membersAreStatesAffiliationsAreOrganisationsAndListsHoldNoNulls() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v1",
                 "states": [{"id": "state:CAN", "name": "Canada", "iso3": "CA", "aliases": ["Kanada", null]},
                            {"id": "state:CAN2", "name": "Canada again", "iso3": "can"}],
                 "organisations": [{"id": "org:a", "name": "A"}],
                 "people": [{"id": "person:p", "name": "P", "affiliations": [{"organisation": "state:CAN"}]}],
                 "groupings": [{"id": "grouping:g", "name": "G", "kind": "AD_HOC", "members": [{"state": "org:a"}]}],
                 "statements": [{"id": "stmt:s", "title": "S", "kind": "LETTER", "markers": {"*": null}}]}
                """, EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                "states[0].iso3",
                "states[0].aliases[1]",
                "people[0].affiliations[0].organisation",
                "groupings[0].members[0].state",
                "statements[0].markers");
    }

    @Test
    void twoStatesInOneDocumentCannotShareAnIso3Code() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v1",
                 "states": [{"id": "state:DEU", "name": "Germany", "iso3": "DEU"},
                            {"id": "state:DEU-2", "name": "Germany again", "iso3": "deu"}]}
                """, EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::path).containsExactly("states[1].iso3");
    }

    @Test
    void votesNameAnActorOnceWithYesNoOrAbstain() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v1",
                 "states": [{"id": "state:AAA", "name": "A"}, {"id": "state:BBB", "name": "B"}],
                 "statements": [{"id": "rollcall:unga:1", "title": "R", "kind": "ROLL_CALL",
                   "votes": [{"actor": "state:AAA", "vote": "yes"}, {"actor": "state:AAA", "vote": "no"},
                             {"actor": "state:BBB", "vote": "Yes"}, {"actor": "state:ZZZ", "vote": "abstain"}, {"vote": "no"}]}]}
                """, EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                "statements[0].votes[1].actor: votes on rollcall:unga:1 twice",
                "statements[0].votes[2].vote: must be yes, no or abstain, was 'Yes'",
                "statements[0].votes[3].actor: names no actor in this document or the graph: 'state:ZZZ'",
                "statements[0].votes[4].actor: is required");
    }

    @Test
    void namesAreForImportStatementsOnly() throws Exception {
        var problems = problems("""
                {"format": "coalition-graph/v1", "states": [{"id": "state:AAA", "name": "A"}],
                 "statements": [{"id": "stmt:s", "title": "S", "kind": "LETTER",
                   "signatories": [{"name": "Canada", "role": "SIGNATORY"}, {"actor": "state:AAA", "name": "A", "role": "LEAD"}],
                   "votes": [{"name": "Canada", "vote": "yes"}]}]}
                """, EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                "statements[0].signatories[0].name", "statements[0].signatories[1]", "statements[0].votes[0].name");
        assertThat(problems.getFirst().message()).contains("importStatements");
    }
}
