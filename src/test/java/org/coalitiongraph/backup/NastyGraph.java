package org.coalitiongraph.backup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.coalitiongraph.grouping.GroupingKind;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.Affiliation;
import org.coalitiongraph.ingest.ImportDocument.DatasetRecord;
import org.coalitiongraph.ingest.ImportDocument.GroupingRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.Membership;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.PersonRecord;
import org.coalitiongraph.ingest.ImportDocument.SessionRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.SourceRecord;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;

/**
 * A small graph of every record kind with the values a backup most easily gets wrong: text that
 * looks like Cypher or JSON, unicode beyond the basic plane, control characters, empty strings
 * beside absent values, empty alias lists beside absent ones, a marker legend out of alphabetical
 * order, lower-bound counts of zero, dates at the edges, a load time with a non-UTC offset, and
 * links to the demo dataset's records, and a roll call's votes out of id order. Every optional field is
 * set somewhere and left out elsewhere.
 */
final class NastyGraph {

    static final String INJECTION = "'}) MATCH (n) DETACH DELETE n //";
    static final String QUOTES = "She said \"no\" and 'never' `ever` \\ C:\\path\\ \\\" ${x} {{y}} %s";
    static final String UNICODE = "Ünïcödé 中文 العربية עברית 🏳️‍🌈 e\u0301 \u2028 ß 𝔘";
    static final String CONTROL = "tab\there\nnew line\r\nbell\u0007 nul-free";
    static final List<String> MARKERS_IN_ORDER = List.of("†", "*", "a\"b");

    private NastyGraph() {
    }

    static ImportDocument document() {
        var datasets = List.of(new DatasetRecord("nasty", 3, UNICODE, INJECTION,
                OffsetDateTime.parse("2024-02-29T23:59:59.123456789+05:30")));
        var sources = List.of(
                new SourceRecord("src:nasty-1", INJECTION, "https://example.org/?q=a&b=\"c\"#ü", UNICODE,
                        LocalDate.of(1945, 10, 24), QUOTES),
                new SourceRecord("src:nasty-2", "Minimal source", null, null, null, null));
        var states = List.of(
                new StateRecord("state:ZZA", UNICODE, List.of("Alias \"one\"", INJECTION), "zza", "za", QUOTES,
                        "WEOG", true, false, LocalDate.of(1945, 10, 24), LocalDate.of(2099, 12, 31),
                        List.of("state:ZZY", "state:ZZX")),
                new StateRecord("state:ZZB", "Bare state", null, null, null, null, null, null, null, null, null),
                new StateRecord("state:ZZC", "Empty aliases", List.of(), "ZZC", null, "", null, false, true,
                        LocalDate.of(1, 1, 1), null));
        var organisations = List.of(
                new OrganisationRecord("org:nasty", INJECTION, List.of(UNICODE, CONTROL), "N\\A", true, "SPECIAL",
                        "CH", "https://x.example/ü", List.of("org:nasty-merged")),
                new OrganisationRecord("org:bare", "Bare organisation", null, null, false, null, null, null));
        var people = List.of(
                new PersonRecord("person:public-nasty", QUOTES, true, List.of(
                        new Affiliation("org:nasty", INJECTION, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                        new Affiliation("org:bare", null, null, null),
                        new Affiliation("org:ishr", "", LocalDate.of(2019, 2, 28), null))),
                new PersonRecord("person:hidden", "Hidden Person", false, null),
                new PersonRecord("person:unset", UNICODE, null, List.of()));
        var sessions = List.of(
                new SessionRecord("session:HRC99", "hrc", 99, LocalDate.of(2099, 1, 1), LocalDate.of(2099, 2, 1)),
                new SessionRecord("session:special-1", "Special", null, null, null));
        var issues = List.of(
                new IssueRecord("issue:n-root", INJECTION, null),
                new IssueRecord("issue:n-mid", "Middle", List.of("issue:n-root")),
                new IssueRecord("issue:n-other", "Other", List.of("issue:n-root", "issue:china")),
                new IssueRecord("issue:n-leaf", UNICODE, List.of("issue:n-other", "issue:n-mid")));
        var groupings = List.of(
                new GroupingRecord("grouping:nasty", UNICODE, GroupingKind.POLITICAL_BLOC, 0, true, "", List.of(
                        new Membership("state:ZZA", LocalDate.of(2000, 1, 1), null),
                        new Membership("state:ZZB", null, LocalDate.of(2010, 5, 5)),
                        new Membership("state:CAN", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)))),
                new GroupingRecord("grouping:empty", "Empty grouping", GroupingKind.AD_HOC, null, null, null, null));
        var markers = new LinkedHashMap<String, String>();
        markers.put("†", "observer state");
        markers.put("*", "ECOSOC consultative status");
        markers.put("a\"b", QUOTES);
        var statements = List.of(
                new StatementRecord("stmt:nasty-1", INJECTION, LocalDate.of(2021, 6, 22), StatementKind.JOINT_STATEMENT,
                        "session:HRC99", "A/HRC/99/L.1", 40, true, false, CONTROL + UNICODE + QUOTES,
                        "https://example.org/s?id=1&x=\"y\"", "", markers,
                        List.of(new IssueStance("issue:n-leaf", "critical"), new IssueStance("issue:n-root", null),
                                new IssueStance("issue:n-mid", "")),
                        List.of("state:ZZA", "org:nasty"), List.of("grouping:nasty"),
                        List.of("person:public-nasty", "state:ZZB", "org:nasty", "grouping:empty"),
                        List.of("stmt:nasty-2", "stmt:hrc47-canada-xinjiang"), List.of("src:nasty-1", "src:nasty-2"),
                        List.of(new Signature("state:ZZA", SignatureRole.LEAD, "†", "src:nasty-1"),
                                new Signature("org:nasty", SignatureRole.SIGNATORY, "*", null),
                                new Signature("org:bare", SignatureRole.SUPPORTER, "a\"b", "src:nasty-2"),
                                new Signature("state:CAN", SignatureRole.DELIVERED, null, null),
                                new Signature("org:ishr", SignatureRole.SIGNATORY, "*", "src:ishr-2021-hrc47-uyghurs"))),
                new StatementRecord("stmt:nasty-2", "Bare statement", null, StatementKind.LETTER, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null),
                new StatementRecord("rollcall:nasty:1", UNICODE, LocalDate.of(2099, 12, 31), StatementKind.ROLL_CALL,
                        "session:special-1", null, 0, false, true, "", null, null, null, null, null, null, null,
                        List.of("stmt:nasty-1"), null, new ArrayList<>(List.of(
                                new Signature("state:ZZC", SignatureRole.SIGNATORY, null, "src:nasty-1"))),
                        List.of(new Vote("state:ZZB", "no"), new Vote("state:ZZA", "yes"), new Vote("state:CAN", "abstain"),
                                new Vote("org:bare", "yes"))));
        return new ImportDocument(ImportDocument.FORMAT_V1, null, datasets, sources, states, organisations, people,
                sessions, issues, groupings, statements);
    }
}
