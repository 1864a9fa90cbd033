package org.coalitiongraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.SessionRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.SourceRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;

/**
 * Reads the long CSV format (docs/import-format.md, "Long CSV"): one row per signature or vote, the
 * statement's columns repeated on each of its rows (or left blank after the first), into the import
 * format. Rows of one statement must agree; every problem names the line and column.
 */
final class CsvStatements {

    static final String SHAPE = "CSV";

    /** The columns, in the order the documentation gives them. */
    static final List<String> COLUMNS = List.of("statement_id", "statement_title", "kind", "date", "session", "symbol",
            "issue", "stance", "declared_count", "list_complete", "counters", "notes", "source_id", "source_url",
            "source_title", "signatory", "signatory_kind", "role", "marker", "marker_meaning", "vote");
    /** The columns that describe the statement, the same on each of its rows. */
    private static final List<String> STATEMENT_COLUMNS = List.of("statement_title", "kind", "date", "session", "symbol",
            "issue", "stance", "declared_count", "list_complete", "counters", "notes");
    private static final Pattern ACTOR_ID = Pattern.compile("(state|org):\\S+");
    private static final Pattern SESSION_ID = Pattern.compile("session:([A-Za-z]+)(\\d{1,4})");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})\\s*(\\+?)");
    private static final Pattern LIST = Pattern.compile("\\s*;\\s*");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Locations.Builder places = Locations.builder();
    private final Map<String, Integer> column = new HashMap<>();
    private final Map<String, SourceRecord> sources = new LinkedHashMap<>();
    private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();

    /** One statement as its rows give it. */
    private static final class Draft {
        final String id;
        final int line;
        final Map<String, String> values = new HashMap<>();
        final Map<String, Integer> valueLines = new HashMap<>();
        final Map<String, String> markers = new LinkedHashMap<>();
        final Map<String, Integer> markerLines = new HashMap<>();
        final List<String> sources = new ArrayList<>();
        final List<Signature> signatures = new ArrayList<>();
        final List<Integer> signatureLines = new ArrayList<>();
        final List<Vote> votes = new ArrayList<>();
        final List<Integer> voteLines = new ArrayList<>();
        final Map<String, Integer> sourceLines = new HashMap<>();

        Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    private CsvStatements() {
    }

    static ImportInput read(String text) {
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (Csv.CsvException e) {
            return ImportInput.unreadable(SHAPE, List.of(new ImportProblem("line " + e.line(), e.getMessage()
                    .substring(e.getMessage().indexOf(": ") + 2))));
        }
        return new CsvStatements().convert(rows);
    }

    private ImportInput convert(List<Csv.Row> rows) {
        if (rows.isEmpty()) {
            problems.add(new ImportProblem("line 1", "needs a header row naming the columns, e.g. " + String.join(",", COLUMNS)));
            return input(List.of());
        }
        header(rows.getFirst());
        if (!problems.isEmpty()) {
            return input(List.of());
        }
        var drafts = new LinkedHashMap<String, Draft>();
        for (var row : rows.subList(1, rows.size())) {
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            row(row, drafts);
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("line " + (rows.getFirst().line() + 1), "no rows after the header"));
        }
        var statements = new ArrayList<StatementRecord>();
        for (var draft : drafts.values()) {
            statements.add(statement(draft, "statements[" + statements.size() + "]"));
        }
        return input(statements);
    }

    private ImportInput input(List<StatementRecord> statements) {
        var document = new ImportDocument(ImportDocument.FORMAT_V1, null, List.copyOf(sources.values()), null, null,
                null, List.copyOf(sessions.values()), null, null, statements);
        return new ImportInput(SHAPE, document, places.build(), Set.copyOf(sessions.keySet()), false, List.copyOf(problems));
    }

    private void header(Csv.Row header) {
        var fields = header.fields();
        for (int i = 0; i < fields.size(); i++) {
            var name = fields.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problem(header.line(), fields.get(i).strip(), "is not a column of the statements CSV; the columns are "
                        + String.join(", ", COLUMNS));
            } else if (column.putIfAbsent(name, i) != null) {
                problem(header.line(), name, "is given twice");
            }
        }
        if (!column.containsKey("statement_id")) {
            problems.add(new ImportProblem("line " + header.line(), "the header row needs a statement_id column (the first"
                    + " row of a statements CSV names the columns: " + String.join(",", COLUMNS) + ")"));
        }
    }

    private void row(Csv.Row row, Map<String, Draft> drafts) {
        int line = row.line();
        for (int i = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1; i < row.fields().size(); i++) {
            if (!row.fields().get(i).isBlank()) {
                problems.add(new ImportProblem("line " + line, "has more fields than the header has columns"));
                break;
            }
        }
        var id = value(row, "statement_id");
        if (id == null) {
            problem(line, "statement_id", "is required on every row");
            return;
        }
        var draft = drafts.computeIfAbsent(id, key -> new Draft(key, line));
        for (var name : STATEMENT_COLUMNS) {
            var value = value(row, name);
            if (value == null) {
                continue;
            }
            var earlier = draft.values.putIfAbsent(name, value);
            if (earlier == null) {
                draft.valueLines.put(name, line);
            } else if (!earlier.equals(value)) {
                problem(line, name, quoted(value) + " differs from line " + draft.valueLines.get(name) + "'s "
                        + quoted(earlier) + ": the rows of one statement must agree (or leave it blank)");
            }
        }
        var source = source(row, line);
        if (source == null && !draft.sources.isEmpty()) {
            // Blank, as the statement's columns may be: the source an earlier row of the statement gives.
            source = draft.sources.getFirst();
        }
        if (source != null && !draft.sources.contains(source)) {
            draft.sources.add(source);
            draft.sourceLines.put(source, line);
        }
        var marker = value(row, "marker");
        var meaning = value(row, "marker_meaning");
        if (meaning != null && marker == null) {
            problem(line, "marker_meaning", "explains no marker: give the marker too");
        } else if (meaning != null) {
            var earlier = draft.markers.putIfAbsent(marker, meaning);
            if (earlier == null) {
                draft.markerLines.put(marker, line);
            } else if (!earlier.equals(meaning)) {
                problem(line, "marker_meaning", quoted(meaning) + " differs from line " + draft.markerLines.get(marker)
                        + "'s " + quoted(earlier) + " for marker " + quoted(marker));
            }
        }
        signatoryOrVote(row, line, draft, source, marker);
    }

    private void signatoryOrVote(Csv.Row row, int line, Draft draft, String source, String marker) {
        var signatory = value(row, "signatory");
        var kindText = value(row, "signatory_kind");
        var roleText = value(row, "role");
        var vote = value(row, "vote");
        if (signatory == null) {
            for (var name : List.of("signatory_kind", "role", "marker", "vote")) {
                if (value(row, name) != null) {
                    problem(line, "signatory", "is required when " + name + " is given");
                    return;
                }
            }
            return;
        }
        var kind = kindText == null ? null : actorKind(kindText, line);
        var byId = ACTOR_ID.matcher(signatory).matches();
        if (vote != null) {
            if (roleText != null || marker != null) {
                problem(line, roleText != null ? "role" : "marker", "a vote has no role or marker: a row is a signature or a vote");
            }
            var lower = vote.toLowerCase(Locale.ROOT);
            draft.votes.add(byId ? new Vote(signatory, null, kind, lower) : new Vote(null, signatory, kind, lower));
            draft.voteLines.add(line);
            return;
        }
        SignatureRole role = SignatureRole.SIGNATORY;
        if (roleText != null) {
            try {
                role = SignatureRole.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(line, "role", quoted(roleText) + " is not a role: LEAD, DELIVERED, SIGNATORY or SUPPORTER");
            }
        }
        draft.signatures.add(new Signature(byId ? signatory : null, byId ? null : signatory, kind, role, marker, source));
        draft.signatureLines.add(line);
    }

    /** The row's source: by id, or by address (its id made from it); defined when the row gives a title. */
    private String source(Csv.Row row, int line) {
        var id = value(row, "source_id");
        var url = value(row, "source_url");
        var title = value(row, "source_title");
        if (id == null && url == null) {
            if (title != null) {
                problem(line, "source_title", "names no source: give source_id or source_url too");
            }
            return null;
        }
        var sourceId = id != null ? id : SourceIds.of(url);
        if (title != null) {
            var record = new SourceRecord(sourceId, title, url, null, null, null);
            var index = sources.size();
            var earlier = sources.putIfAbsent(sourceId, record);
            if (earlier == null) {
                places.put("sources[" + index + "]", "line " + line);
                places.put("sources[" + index + "].id", place(line, id != null ? "source_id" : "source_url"));
                places.put("sources[" + index + "].title", place(line, "source_title"));
                places.put("sources[" + index + "].url", place(line, "source_url"));
            } else if (!earlier.equals(record)) {
                problem(line, "source_title", "source " + quoted(sourceId) + " is given with another title or url above;"
                        + " every row of one source must agree");
            }
        }
        return sourceId;
    }

    private StatementRecord statement(Draft d, String path) {
        places.put(path, "line " + d.line);
        places.put(path + ".id", place(d.line, "statement_id"));
        d.valueLines.forEach((name, line) -> places.put(path + "." + field(name), place(line, name)));
        var kindText = d.values.get("kind");
        StatementKind kind = null;
        if (kindText != null) {
            try {
                kind = StatementKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
            } catch (IllegalArgumentException e) {
                problem(d.valueLines.get("kind"), "kind", quoted(kindText) + " is not a kind: "
                        + String.join(", ", Arrays.stream(StatementKind.values()).map(Enum::name).toList()));
            }
        } else {
            places.put(path + ".kind", place(d.line, "kind"));
        }
        if (!d.values.containsKey("statement_title")) {
            places.put(path + ".title", place(d.line, "statement_title"));
        }
        var date = date(d);
        var session = session(d);
        var issues = new ArrayList<IssueStance>();
        var issueText = d.values.get("issue");
        if (issueText != null) {
            var stance = d.values.get("stance");
            for (var issue : LIST.split(issueText.strip())) {
                if (!issue.isEmpty()) {
                    places.put(path + ".issues[" + issues.size() + "]", place(d.valueLines.get("issue"), "issue"));
                    issues.add(new IssueStance(issue, stance));
                }
            }
        } else if (d.values.containsKey("stance")) {
            problem(d.valueLines.get("stance"), "stance", "is a stance on the issue: give the issue too");
        }
        Integer count = null;
        Boolean lowerBound = null;
        var countText = d.values.get("declared_count");
        if (countText != null) {
            var parts = COUNT.matcher(countText.strip());
            if (parts.matches()) {
                count = Integer.valueOf(parts.group(1));
                lowerBound = parts.group(2).isEmpty() ? null : Boolean.TRUE;
            } else {
                problem(d.valueLines.get("declared_count"), "declared_count", quoted(countText)
                        + " is not a count: a whole number, with + for a lower bound (\"40+\": more than 40)");
            }
        }
        var counters = new ArrayList<String>();
        var countersText = d.values.get("counters");
        if (countersText != null) {
            for (var countered : LIST.split(countersText.strip())) {
                if (!countered.isEmpty()) {
                    places.put(path + ".counters[" + counters.size() + "]", place(d.valueLines.get("counters"), "counters"));
                    counters.add(countered);
                }
            }
        }
        for (int k = 0; k < d.sources.size(); k++) {
            places.put(path + ".sources[" + k + "]", place(d.sourceLines.get(d.sources.get(k)), "source_id"));
        }
        if (d.sources.isEmpty()) {
            places.put(path + ".sources", place(d.line, "source_id"));
        }
        for (var marker : d.markerLines.entrySet()) {
            places.put(path + ".markers", place(marker.getValue(), "marker_meaning"));
        }
        for (int k = 0; k < d.signatures.size(); k++) {
            signaturePlaces(path + ".signatories[" + k + "]", d.signatureLines.get(k));
        }
        for (int k = 0; k < d.votes.size(); k++) {
            var at = path + ".votes[" + k + "]";
            int line = d.voteLines.get(k);
            places.put(at, "line " + line);
            places.put(at + ".actor", place(line, "signatory"));
            places.put(at + ".name", place(line, "signatory"));
            places.put(at + ".kind", place(line, "signatory_kind"));
            places.put(at + ".vote", place(line, "vote"));
        }
        return new StatementRecord(d.id, d.values.get("statement_title"), date, kind, session, d.values.get("symbol"),
                count, lowerBound, bool(d, "list_complete"), null, null, d.values.get("notes"), d.markers, issues, null,
                null, null, counters, d.sources, d.signatures, d.votes);
    }

    private void signaturePlaces(String at, int line) {
        places.put(at, "line " + line);
        places.put(at + ".actor", place(line, "signatory"));
        places.put(at + ".name", place(line, "signatory"));
        places.put(at + ".kind", place(line, "signatory_kind"));
        places.put(at + ".role", place(line, "role"));
        places.put(at + ".marker", place(line, "marker"));
        places.put(at + ".source", place(line, "source_id"));
    }

    private LocalDate date(Draft d) {
        var text = d.values.get("date");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(d.valueLines.get("date"), "date", quoted(text) + " is not a date: write it as YYYY-MM-DD");
            return null;
        }
    }

    /** A session the graph may not have yet is made from its id: {@code session:HRC41} is body HRC, number 41. */
    private String session(Draft d) {
        var id = d.values.get("session");
        if (id == null) {
            return null;
        }
        var parts = SESSION_ID.matcher(id.strip());
        if (parts.matches()) {
            var body = parts.group(1).toUpperCase(Locale.ROOT);
            int number = Integer.parseInt(parts.group(2));
            var canonical = "session:" + body + number;
            if (canonical.equals(id.strip())) {
                if (!sessions.containsKey(canonical)) {
                    places.put("sessions[" + sessions.size() + "]", place(d.valueLines.get("session"), "session"));
                }
                sessions.putIfAbsent(canonical, new SessionRecord(canonical, body, number, null, null));
            }
        }
        return id.strip();
    }

    private Boolean bool(Draft d, String name) {
        var text = d.values.get(name);
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> {
                problem(d.valueLines.get(name), name, quoted(text) + " is not yes or no");
                yield null;
            }
        };
    }

    private ActorKind actorKind(String text, int line) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "state" -> ActorKind.STATE;
            case "organisation", "organization" -> ActorKind.ORGANISATION;
            default -> {
                problem(line, "signatory_kind", quoted(text) + " is not STATE or ORGANISATION");
                yield null;
            }
        };
    }

    /** The statement field a statement column fills. */
    private static String field(String column) {
        return switch (column) {
            case "statement_title" -> "title";
            case "declared_count" -> "declaredSignatoryCount";
            case "list_complete" -> "listComplete";
            case "issue", "stance" -> "issues";
            default -> column;
        };
    }

    /** The cell's text, stripped; null when the row has no such column or leaves it blank. */
    private String value(Csv.Row row, String name) {
        var index = column.get(name);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        var value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private void problem(int line, String columnName, String message) {
        problems.add(new ImportProblem(place(line, columnName), message));
    }

    static String place(int line, String columnName) {
        return "line " + line + ", column " + columnName;
    }

    private static String quoted(String value) {
        return "'" + value + "'";
    }
}
