package org.coalitiongraph.rollcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.coalitiongraph.ingest.ImportProblem;
import org.coalitiongraph.ingest.InvalidImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnVotesFilesTests {

    static final VoterTable VOTERS = VoterTable.shipped();

    @TempDir
    Path folder;

    @Test
    void readsRollCallsIssuesAndVotesWithTheirVotersNodes() throws IOException {
        var contents = UnVotesFiles.read(UnVotesFixture.write(folder, UnVotesFixture.VOTES), VOTERS);

        assertThat(contents.votes()).isEqualTo(9);
        assertThat(contents.rollCalls()).extracting(RollCall::rcid).containsExactly(100, 101, 5182);
        assertThat(contents.issues()).containsExactly(new RollCall.Issue("issue:unga-me", "Palestinian conflict"),
                new RollCall.Issue("issue:unga-hr", "Human rights"));

        var palestine = contents.rollCalls().get(2);
        assertThat(palestine.id()).isEqualTo("rollcall:unga:5182");
        assertThat(palestine.sessionId()).isEqualTo("session:UNGA67");
        assertThat(palestine.date()).isEqualTo(LocalDate.of(2012, 11, 29));
        assertThat(palestine.symbol()).isEqualTo("R/67/19");
        assertThat(palestine.title()).isEqualTo("PALESTINE QUESTION");
        assertThat(palestine.important()).isTrue();
        assertThat(palestine.amendment()).isNull();
        assertThat(nodes(palestine.yes())).containsExactlyInAnyOrder("state:FRA", "state:NAM");
        assertThat(nodes(palestine.no())).containsExactlyInAnyOrder("state:USA", "state:CAN");
        assertThat(nodes(palestine.abstain())).containsExactly("state:DEU");

        // NA as a code is Namibia or the FRG by name; a blank symbol and an NA short title are absent.
        var frg = contents.rollCalls().getFirst();
        assertThat(frg.symbol()).isNull();
        assertThat(frg.title()).isEqualTo("Question of X");
        assertThat(frg.text()).isEqualTo("Question of X : resolution, with a comma and a \"quote\"");
        assertThat(frg.paragraph()).isTrue();
        assertThat(nodes(frg.yes())).containsExactly("state:DEU");
        assertThat(nodes(frg.no())).containsExactly("state:NAM");
        assertThat(nodes(frg.abstain())).containsExactly("state:RUS");
        assertThat(nodes(contents.rollCalls().get(1).yes())).containsExactly("state:SRB");
        assertThat(contents.rollCalls().get(1).issues()).isEmpty();
    }

    @Test
    void aBadRowIsNamedByFileAndLine() throws IOException {
        var votes = UnVotesFixture.VOTES.replace("5182,France,FR,yes", "5182,France,FR,maybe");

        assertThat(problems(UnVotesFixture.write(folder, votes))).containsExactly(
                new ImportProblem("un_votes.csv.gz line 4", "vote 'maybe' is not yes, no or abstain"));
    }

    @Test
    void everyProblemOfTheVotesIsListed() throws IOException {
        var votes = UnVotesFixture.VOTES
                + "77,Canada,CA,yes\n"
                + "5182,Canada,CA,yes\n"
                + "5182,Atlantis,AT,yes\n"
                + "100,Germany,DE,no\n"
                + "x,Canada,CA,yes\n"
                + "101,Canada,CA\n";

        assertThat(problems(UnVotesFixture.write(folder, votes))).containsExactly(
                new ImportProblem("un_votes.csv.gz line 11", "rcid 77 is not a roll call of un_roll_calls"),
                new ImportProblem("un_votes.csv.gz line 12", "'Canada' (CA) already voted in roll call 5182 on line 3"),
                new ImportProblem("un_votes.csv.gz line 13", "voter 'Atlantis' (country_code 'AT') is not in the voter"
                        + " table datasets/unvotes/voters.csv; add it there with the state node it maps to"),
                new ImportProblem("un_votes.csv.gz line 14", "'Germany' and 'Federal Republic of Germany (NA)' both vote"
                        + " in session 45 and both map to state:DEU in datasets/unvotes/voters.csv; a node cannot stand"
                        + " for two voters of one session"),
                new ImportProblem("un_votes.csv.gz line 15", "rcid 'x' is not a positive whole number"),
                new ImportProblem("un_votes.csv.gz line 16", "4 fields expected (rcid,country,country_code,vote), found 3"));
    }

    @Test
    void problemsOfTheRollCallsAndIssues() throws IOException {
        var rollCalls = UnVotesFixture.ROLL_CALLS
                + "100,46,0,1991-01-01,,0,0,DUPLICATE,x\n"
                + "102,abc,2,29 Nov 2012,,0,0,X,x\n";
        var issues = UnVotesFixture.ISSUES + "5182,HR!,Human rights\n";

        assertThat(problems(UnVotesFixture.write(folder, rollCalls, issues, UnVotesFixture.VOTES))).containsExactly(
                new ImportProblem("un_roll_calls.csv.gz line 5", "rcid 100 is already on line 3"),
                new ImportProblem("un_roll_calls.csv.gz line 6", "session 'abc' is not a positive whole number"),
                new ImportProblem("un_roll_calls.csv.gz line 6", "importantvote '2' is not 0, 1 or NA"),
                new ImportProblem("un_roll_calls.csv.gz line 6", "date '29 Nov 2012' is not an ISO date such as 2012-11-29"));

        var fixedRollCalls = UnVotesFixture.write(folder, UnVotesFixture.ROLL_CALLS, issues + "5182,me,Palestine\n999,hr,Human rights\n",
                UnVotesFixture.VOTES);
        assertThat(problems(fixedRollCalls)).containsExactly(
                new ImportProblem("un_roll_call_issues.csv.gz line 5", "short_name 'HR!' is not a short code of letters and digits, e.g. hr"),
                new ImportProblem("un_roll_call_issues.csv.gz line 6", "short_name 'me' is 'Palestinian conflict' on an earlier line, here 'Palestine'"),
                new ImportProblem("un_roll_call_issues.csv.gz line 7", "rcid 999 is not a roll call of un_roll_calls"));
    }

    @Test
    void aWrongHeaderOrAMissingFileIsNamed() throws IOException {
        UnVotesFixture.write(folder, UnVotesFixture.VOTES.replace("country_code", "code"));
        assertThat(problems(folder)).containsExactly(new ImportProblem("un_votes.csv.gz line 1",
                "the header must be rcid,country,country_code,vote, was rcid,country,code,vote"));

        Files.delete(folder.resolve("un_roll_call_issues.csv.gz"));
        assertThat(problems(folder)).containsExactly(new ImportProblem("un_roll_call_issues.csv.gz",
                "no such file in " + folder.toAbsolutePath() + " (looked for .csv.gz and .csv)"));
    }

    @Test
    void titlesFallBackToTheHeadOfTheDescriptionThenTheRcid() {
        assertThat(UnVotesFiles.title(1, "SHORT", "long : text")).isEqualTo("SHORT");
        assertThat(UnVotesFiles.title(1, null, "Status of Palestine : resolution / adopted")).isEqualTo("Status of Palestine");
        assertThat(UnVotesFiles.title(7, null, null)).isEqualTo("UNGA roll call 7");
        assertThat(UnVotesFiles.title(1, null, "x".repeat(400))).hasSize(UnVotesFiles.MAX_TITLE).endsWith("…");
    }

    private List<ImportProblem> problems(Path directory) {
        try {
            UnVotesFiles.read(directory, VOTERS);
        } catch (InvalidImportException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found");
    }

    private static List<String> nodes(int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> VOTERS.nodes().get(i).id()).toList();
    }
}
