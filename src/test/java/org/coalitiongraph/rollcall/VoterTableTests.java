package org.coalitiongraph.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The shipped voter table against the shipped files: complete, and following the documented rule. */
class VoterTableTests {

    static final Path SHIPPED = Path.of("datasets", "unvotes");
    private static final VoterTable VOTERS = VoterTable.shipped();

    @Test
    void theRuleForContinuedSeatsFormerStatesAndTaiwan() {
        assertThat(node("Federal Republic of Germany", "NA")).isEqualTo("state:DEU");
        assertThat(node("Germany", "DE")).isEqualTo("state:DEU");
        assertThat(node("Yemen Arab Republic", "NA")).isEqualTo("state:YEM");
        assertThat(node("Yemen", "YE")).isEqualTo("state:YEM");
        assertThat(node("Yugoslavia", "YU")).isEqualTo("state:SRB");
        assertThat(node("Russia", "RU")).isEqualTo("state:RUS");
        assertThat(node("Czechoslovakia", "CS")).isEqualTo("state:CSK");
        assertThat(node("German Democratic Republic", "DD")).isEqualTo("state:DDR");
        assertThat(node("Yemen People's Republic", "YD")).isEqualTo("state:YMD");
        assertThat(node("Zanzibar", "NA")).isEqualTo("state:ZANZIBAR");
        assertThat(node("Taiwan", "TW")).isEqualTo("state:TWN");
        assertThat(node("China", "CN")).isEqualTo("state:CHN");
        // NA is Namibia's own code: keyed by name and code, never by code alone.
        assertThat(node("Namibia", "NA")).isEqualTo("state:NAM");
        assertThat(VOTERS.voterOf("Namibia", "DE")).isEqualTo(-1);
        assertThat(VOTERS.voters()).isEqualTo(200);
        assertThat(VOTERS.nodes()).hasSize(198);
    }

    @Test
    void nodesKnowTheirIso3AndTheVoterNamesThatAreNotTheirName() {
        var zanzibar = VOTERS.nodes().get(VOTERS.nodeOf(VOTERS.voterOf("Zanzibar", "NA")));
        assertThat(zanzibar.iso3()).isNull();
        var germany = VOTERS.nodes().get(VOTERS.nodeOf(VOTERS.voterOf("Germany", "DE")));
        assertThat(germany.iso3()).isEqualTo("DEU");
        assertThat(germany.name()).isEqualTo("Germany");
        assertThat(germany.voterNames()).containsExactly("Federal Republic of Germany", "Germany");
    }

    /**
     * Reading the shipped files checks every voter against the table and that no node stands for two
     * voters in one session; here the same is recounted from the raw rows.
     */
    @Test
    void everyVoterOfTheShippedFilesIsInTheTableAndNoNodeHasTwoVotersInOneSession() throws IOException {
        var contents = UnVotesFiles.read(SHIPPED, VOTERS);
        assertThat(contents.votes()).isEqualTo(870_109);
        assertThat(contents.rollCalls()).hasSize(6_203);

        Map<Integer, Integer> sessionOf = new HashMap<>();
        contents.rollCalls().forEach(r -> sessionOf.put(r.rcid(), r.session()));
        Map<String, Set<String>> votersByNodeAndSession = new HashMap<>();
        try (var in = new GZIPInputStream(Files.newInputStream(SHIPPED.resolve("un_votes.csv.gz")))) {
            var csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) {
                var f = row.fields();
                votersByNodeAndSession.computeIfAbsent(node(f[1], f[2]) + " in " + sessionOf.get(Integer.parseInt(f[0])),
                        key -> new HashSet<>()).add(f[1] + " (" + f[2] + ")");
            }
        }
        assertThat(votersByNodeAndSession).allSatisfy((nodeAndSession, voters) ->
                assertThat(voters).as(nodeAndSession).hasSize(1));
        assertThat(votersByNodeAndSession.get("state:DEU in 45")).containsExactly("Federal Republic of Germany (NA)");
        assertThat(votersByNodeAndSession.get("state:DEU in 46")).containsExactly("Germany (DE)");
        assertThat(votersByNodeAndSession.get("state:TWN in 26")).containsExactly("Taiwan (TW)");
        assertThat(votersByNodeAndSession.get("state:CHN in 26")).containsExactly("China (CN)");
        assertThat(votersByNodeAndSession.get("state:NAM in 45")).containsExactly("Namibia (NA)");
    }

    private static String node(String country, String code) {
        int voter = VOTERS.voterOf(country, code);
        assertThat(voter).as(country + " (" + code + ")").isNotNegative();
        return VOTERS.nodes().get(VOTERS.nodeOf(voter)).id();
    }
}
