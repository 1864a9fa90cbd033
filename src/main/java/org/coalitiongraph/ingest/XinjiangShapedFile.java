package org.coalitiongraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.ingest.ImportDocument.IssueRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueStance;
import org.coalitiongraph.ingest.ImportDocument.SessionRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.SourceRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of statements shaped like {@code xinjiang-statements-2019-2020/statements.json}
 * into the import format, by the mapping documented in {@code docs/import-format.md} ("The 2019–2020
 * statements file"). Names stay as printed, to be resolved as states by the import; the file unites
 * partial lists, so two names of one statement that resolve to one state are one signature. Sessions
 * and issues the file names are made up only where the graph has none.
 */
final class XinjiangShapedFile {

    static final String SHAPE = "JSON list of statements (the 2019-2020 statements file)";
    /** The issue every issue of the file is narrower than: the file is about China. */
    static final String CHINA = "issue:china";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("id", "title", "date", "forum", "session", "lead_state", "stance",
            "issue", "stated_count", "list_complete", "signatories_as_written", "signatories_by_source", "responds_to",
            "source", "list_text_as_found", "notes", "stated_count_note");
    private static final Pattern LATE_JOINERS = Pattern.compile("late_joiners_(\\d{4})_(\\d{2})_(\\d{2})");
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern LETTER = Pattern.compile("(?i)\\bletters?\\b");
    private static final Pattern FORUM = Pattern.compile("(HRC|UNGA)(\\d?)");
    private static final Pattern SESSION_NUMBER = Pattern.compile("\\d{1,4}");
    private static final List<String> COMMITTEES = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Locations.Builder places = Locations.builder();
    private final Map<String, SourceRecord> sources = new LinkedHashMap<>();
    private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();
    private final Map<String, IssueRecord> issues = new LinkedHashMap<>();
    private final List<StatementRecord> statements = new ArrayList<>();

    private XinjiangShapedFile() {
    }

    static ImportInput read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return ImportInput.unreadable(SHAPE, List.of(new ImportProblem("$", "not JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isArray()) {
            return ImportInput.unreadable(SHAPE, List.of(new ImportProblem("$", "must be a list of statements")));
        }
        var file = new XinjiangShapedFile();
        for (int i = 0; i < root.size(); i++) {
            file.statement(root.get(i), "[" + i + "]");
        }
        return file.input();
    }

    private ImportInput input() {
        var createOnly = new LinkedHashSet<String>();
        createOnly.addAll(sessions.keySet());
        createOnly.addAll(issues.keySet());
        var document = new ImportDocument(ImportDocument.FORMAT_V1, null, List.copyOf(sources.values()), null, null,
                null, List.copyOf(sessions.values()), List.copyOf(issues.values()), null, List.copyOf(statements));
        return new ImportInput(SHAPE, document, places.build(), Set.copyOf(createOnly), true, List.copyOf(problems));
    }

    private void statement(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            problem(at, "must be an object: one statement");
            return;
        }
        var notes = new ArrayList<String>();
        for (var field : node.propertyNames()) {
            var late = LATE_JOINERS.matcher(field);
            if (late.matches()) {
                notes.add("Joined on " + late.group(1) + "-" + late.group(2) + "-" + late.group(3) + ": "
                        + String.join(", ", names(node.get(field), at + "." + field)) + ".");
            } else if (!FIELDS.contains(field)) {
                problem(at + "." + field, "is not a field of this shape (see docs/import-format.md)");
            }
        }
        int index = statements.size();
        var path = "statements[" + index + "]";
        places.put(path, at);
        var fileId = text(node, "id", at, true);
        String id = null;
        if (fileId != null && FILE_ID.matcher(fileId).matches()) {
            id = statementId(fileId);
        } else if (fileId != null) {
            problem(at + ".id", "must be letters, digits, '_' or '-', was '" + fileId + "'");
        }
        places.put(path + ".id", at + ".id");
        var title = text(node, "title", at, true);
        places.put(path + ".title", at + ".title");
        var date = date(node, at);
        places.put(path + ".date", at + ".date");
        var kind = title != null && LETTER.matcher(title).find() ? StatementKind.LETTER : StatementKind.JOINT_STATEMENT;
        var session = session(node, at, notes);
        places.put(path + ".session", at + ".session");
        var issue = issue(node, at);
        places.put(path + ".issues", at + ".issue");
        var count = count(node, at);
        places.put(path + ".declaredSignatoryCount", at + ".stated_count");
        var complete = bool(node, "list_complete", at);
        places.put(path + ".listComplete", at + ".list_complete");
        var counters = new ArrayList<String>();
        var respondsTo = node.get("responds_to");
        if (respondsTo != null && !respondsTo.isNull()) {
            var answered = respondsTo.isArray() ? names(respondsTo, at + ".responds_to") : List.of(text(node, "responds_to", at, false));
            for (int k = 0; k < answered.size(); k++) {
                if (answered.get(k) != null) {
                    places.put(path + ".counters[" + counters.size() + "]", at + ".responds_to");
                    counters.add(statementId(answered.get(k)));
                }
            }
        }
        var citation = new ArrayList<String>();
        var mainSource = source(node.get("source"), at + ".source");
        if (mainSource != null) {
            places.put(path + ".sources[0]", at + ".source");
            citation.add(mainSource);
        } else {
            places.put(path + ".sources", at + ".source");
        }
        var bySource = bySource(node.get("signatories_by_source"), at + ".signatories_by_source");
        bySource.keySet().forEach(source -> {
            if (!citation.contains(source)) {
                places.put(path + ".sources[" + citation.size() + "]", at + ".signatories_by_source");
                citation.add(source);
            }
        });
        var signatures = new ArrayList<Signature>();
        var asWritten = names(node.get("signatories_as_written"), at + ".signatories_as_written");
        var written = new LinkedHashSet<String>();
        for (int k = 0; k < asWritten.size(); k++) {
            var name = asWritten.get(k);
            written.add(name);
            var source = bySource.entrySet().stream().filter(e -> e.getValue().names().contains(name)).map(Map.Entry::getKey)
                    .findFirst().orElse(mainSource);
            sign(signatures, path, at + ".signatories_as_written[" + k + "]", name, SignatureRole.SIGNATORY, source);
        }
        bySource.forEach((source, listed) -> {
            for (int k = 0; k < listed.names().size(); k++) {
                if (!written.contains(listed.names().get(k))) {
                    sign(signatures, path, listed.at() + "[" + k + "]", listed.names().get(k), SignatureRole.SIGNATORY, source);
                }
            }
        });
        var lead = text(node, "lead_state", at, false);
        if (lead != null) {
            // Named again as LEAD: the import unites it with the same state in the list, or adds it.
            sign(signatures, path, at + ".lead_state", lead, SignatureRole.LEAD, mainSource);
        }
        var noteText = text(node, "notes", at, false);
        if (noteText != null) {
            notes.addFirst(noteText);
        }
        var countNote = text(node, "stated_count_note", at, false);
        if (countNote != null) {
            notes.add("Stated count: " + countNote);
        }
        var listText = text(node, "list_text_as_found", at, false);
        if (listText != null) {
            notes.add("List as found: " + listText);
        }
        places.put(path + ".notes", at + ".notes");
        statements.add(new StatementRecord(id, title, date, kind, session, null, count, null, complete, null, null,
                notes.isEmpty() ? null : String.join("\n", notes), null,
                issue == null ? null : List.of(new IssueStance(issue, text(node, "stance", at, false))),
                null, null, null, counters, citation, signatures));
    }

    private void sign(List<Signature> signatures, String path, String at, String name, SignatureRole role, String source) {
        var signature = path + ".signatories[" + signatures.size() + "]";
        places.put(signature, at);
        signatures.add(new Signature(null, name, ActorKind.STATE, role, null, source));
    }

    /** {@code hrc41_letter_critical_2019} → {@code stmt:hrc41-letter-critical-2019}. */
    static String statementId(String fileId) {
        return "stmt:" + fileId.strip().replace('_', '-');
    }

    /** HRC + 41 → {@code session:HRC41}; UNGA3 + 74 → {@code session:UNGA74}, with the committee in the notes. */
    private String session(JsonNode node, String at, List<String> notes) {
        var forum = text(node, "forum", at, true);
        var number = node.get("session");
        var numberText = number == null || number.isNull() ? null : number.isIntegralNumber() ? String.valueOf(number.intValue())
                : number.isString() ? number.stringValue().strip() : null;
        if (numberText == null || !SESSION_NUMBER.matcher(numberText).matches()) {
            problem(at + ".session", "must be the session's number, e.g. \"41\"");
            return null;
        }
        if (forum == null) {
            return null;
        }
        var parts = FORUM.matcher(forum.strip().toUpperCase(Locale.ROOT));
        if (!parts.matches() || (parts.group(1).equals("HRC") && !parts.group(2).isEmpty())
                || (!parts.group(2).isEmpty() && (parts.group(2).equals("0") || Integer.parseInt(parts.group(2)) > 6))) {
            problem(at + ".forum", "must be HRC, UNGA or UNGA1 to UNGA6 (a Main Committee), was '" + forum + "'");
            return null;
        }
        var body = parts.group(1);
        int sessionNumber = Integer.parseInt(numberText);
        var id = "session:" + body + sessionNumber;
        sessions.putIfAbsent(id, new SessionRecord(id, body, sessionNumber, null, null));
        if (!parts.group(2).isEmpty()) {
            notes.add("Delivered in the General Assembly's " + COMMITTEES.get(Integer.parseInt(parts.group(2)) - 1)
                    + " Committee (forum " + forum.strip() + ").");
        }
        return id;
    }

    /** "Hong Kong" → {@code issue:hong-kong}, made up (narrower than China) where the graph has none. */
    private String issue(JsonNode node, String at) {
        var name = text(node, "issue", at, false);
        if (name == null) {
            return null;
        }
        var slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            problem(at + ".issue", "must name an issue, was '" + name + "'");
            return null;
        }
        var id = "issue:" + slug;
        if (!id.equals(CHINA)) {
            issues.putIfAbsent(CHINA, new IssueRecord(CHINA, "China", null));
            issues.putIfAbsent(id, new IssueRecord(id, name.strip(), List.of(CHINA)));
        } else {
            issues.putIfAbsent(CHINA, new IssueRecord(CHINA, name.strip(), null));
        }
        return id;
    }

    /** {@code {address, kind}} → a source with the address as its url and the kind as its title. */
    private String source(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            problem(at, "is required: every statement cites its source");
            return null;
        }
        if (!node.isObject()) {
            problem(at, "must be an object with the source's address and kind");
            return null;
        }
        node.propertyNames().stream().filter(field -> !field.equals("address") && !field.equals("kind"))
                .forEach(field -> problem(at + "." + field, "is not a field of a source here (address, kind)"));
        var address = text(node, "address", at, true);
        if (address == null) {
            return null;
        }
        var id = SourceIds.of(address);
        var kind = text(node, "kind", at, false);
        sources.merge(id, new SourceRecord(id, kind == null ? address.strip() : kind, address.strip(), null, null, null),
                (earlier, later) -> earlier.title().equals(earlier.url()) ? later : earlier);
        return id;
    }

    private record Listed(String at, List<String> names) {
    }

    /** {@code {address: [names]}}: each address a source (titled by its address), each list the names it gives. */
    private Map<String, Listed> bySource(JsonNode node, String at) {
        var listed = new LinkedHashMap<String, Listed>();
        if (node == null || node.isNull()) {
            return listed;
        }
        if (!node.isObject()) {
            problem(at, "must map each source's address to the names it gives");
            return listed;
        }
        for (var entry : node.properties()) {
            var address = entry.getKey().strip();
            var here = at + "['" + entry.getKey() + "']";
            if (address.isEmpty()) {
                problem(here, "needs the source's address");
                continue;
            }
            var id = SourceIds.of(address);
            sources.putIfAbsent(id, new SourceRecord(id, address, address, null, null, null));
            listed.put(id, new Listed(here, names(entry.getValue(), here)));
        }
        return listed;
    }

    private List<String> names(JsonNode node, String at) {
        var names = new ArrayList<String>();
        if (node == null || node.isNull()) {
            return names;
        }
        if (!node.isArray()) {
            problem(at, "must be a list of names");
            return names;
        }
        for (int k = 0; k < node.size(); k++) {
            var name = node.get(k);
            if (name == null || !name.isString() || name.stringValue().isBlank()) {
                problem(at + "[" + k + "]", "must be a name");
            } else {
                names.add(name.stringValue().strip());
            }
        }
        return names;
    }

    private LocalDate date(JsonNode node, String at) {
        var text = text(node, "date", at, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(at + ".date", "must be a date as YYYY-MM-DD, was '" + text + "'");
            return null;
        }
    }

    private Integer count(JsonNode node, String at) {
        var count = node.get("stated_count");
        if (count == null || count.isNull()) {
            return null;
        }
        if (!count.isIntegralNumber() || !count.canConvertToInt() || count.intValue() < 0) {
            problem(at + ".stated_count", "must be a whole number from 0");
            return null;
        }
        return count.intValue();
    }

    private Boolean bool(JsonNode node, String field, String at) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(at + "." + field, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    private String text(JsonNode node, String field, String at, boolean required) {
        var value = node.get(field);
        if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
            if (required) {
                problem(at + "." + field, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(at + "." + field, "must be text");
            return null;
        }
        return value.stringValue();
    }

    private void problem(String at, String message) {
        problems.add(new ImportProblem(at, message));
    }
}
