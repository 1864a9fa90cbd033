package org.coalitiongraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coalitiongraph.ingest.ImportDocument.StatementRecord;

/**
 * Checks a whole import document before anything is written: required fields, id shapes, duplicate
 * ids, dates in order, and that every reference names a node of the right kind, in the document or
 * already in the graph. Returns every problem found, each with its path, so a user can fix them all
 * in one go.
 */
final class ImportValidator {

    /** Answers which of the given ids name no node with the label in the graph. */
    @FunctionalInterface
    interface GraphIds {
        Set<String> missing(String label, Collection<String> ids);
    }

    private static final Pattern ID = Pattern.compile("[a-z]+:[\\p{L}\\p{N}._:/-]+");
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    /** Names and titles are indexed; Neo4j refuses to index very long strings. */
    private static final int MAX_NAME = 1000;
    /** Ids are unique-indexed; short enough to read, and far below what an index can hold. */
    static final int MAX_ID = 200;
    private static final Pattern DATASET_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final ImportDocument document;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> iso3s = new HashSet<>();
    /** label → id → the path that first defined it. */
    private final Map<String, Map<String, String>> defined = new HashMap<>();
    /** label → id → the paths that refer to it. */
    private final Map<String, Map<String, List<String>>> referenced = new LinkedHashMap<>();

    private ImportValidator(ImportDocument document) {
        this.document = document;
    }

    static List<ImportProblem> validate(ImportDocument document, GraphIds graph) {
        var validator = new ImportValidator(document);
        validator.checkHeader();
        validator.checkDefinitions();
        validator.checkReferences();
        validator.resolveReferences(graph);
        return List.copyOf(validator.problems);
    }

    private void checkHeader() {
        if (!ImportDocument.FORMAT_V1.equals(document.format())) {
            problem("format", "must be \"" + ImportDocument.FORMAT_V1 + "\", was " + quoted(document.format()));
        }
        var dataset = document.dataset();
        if (dataset != null) {
            checkDataset(dataset.id(), dataset.version(), "dataset");
        }
        var datasets = new HashMap<String, String>();
        if (dataset != null && dataset.id() != null) {
            datasets.put(dataset.id(), "dataset");
        }
        each(document.datasets(), "datasets", (d, path) -> {
            checkDataset(d.id(), d.version(), path);
            // Two records of one dataset would leave it to the order of writing which one the graph keeps.
            var earlier = d.id() == null ? null : datasets.putIfAbsent(d.id(), path);
            if (earlier != null) {
                problem(path + ".id", quoted(d.id()) + " is already given at " + earlier);
            }
        });
        var auditIds = new HashMap<String, String>();
        each(document.auditLog(), "auditLog", (entry, path) -> {
            if (entry.id() == null || !entry.id().startsWith("audit:")) {
                problem(path + ".id", "must look like audit:<uuid>, was " + quoted(entry.id()));
            } else if (auditIds.putIfAbsent(entry.id(), path) != null) {
                problem(path + ".id", quoted(entry.id()) + " is already given at " + auditIds.get(entry.id()));
            }
            if (entry.at() == null) {
                problem(path + ".at", "is required");
            }
            required(entry.who(), path + ".who");
            required(entry.operation(), path + ".operation");
        });
    }

    private void checkDataset(String id, Integer version, String path) {
        if (id == null || !DATASET_ID.matcher(id).matches()) {
            problem(path + ".id", "must be lower-case letters, digits, '.', '_' or '-', was " + quoted(id));
        }
        if (version == null || version < 1) {
            problem(path + ".version", "must be a whole number from 1, was " + version);
        }
    }

    private void checkDefinitions() {
        each(document.sources(), "sources", (s, path) -> {
            define("Source", "src", s.id(), path);
            required(s.title(), path + ".title");
        });
        each(document.states(), "states", (s, path) -> {
            define("State", "state", s.id(), path);
            required(s.name(), path + ".name");
            names(s.aliases(), path + ".aliases");
            mergedIds(s.mergedIds(), "state", s.id(), path + ".mergedIds");
            if (s.iso3() != null && !ISO3.matcher(s.iso3()).matches()) {
                problem(path + ".iso3", "must be three letters, was " + quoted(s.iso3()));
            } else if (s.iso3() != null && !iso3s.add(s.iso3().toUpperCase(java.util.Locale.ROOT))) {
                problem(path + ".iso3", quoted(s.iso3()) + " is given to another state in this document");
            }
            ordered(s.from(), s.to(), path);
        });
        each(document.organisations(), "organisations", (o, path) -> {
            define("Organisation", "org", o.id(), path);
            required(o.name(), path + ".name");
            names(o.aliases(), path + ".aliases");
            mergedIds(o.mergedIds(), "org", o.id(), path + ".mergedIds");
        });
        each(document.people(), "people", (p, path) -> {
            define("Person", "person", p.id(), path);
            required(p.name(), path + ".name");
        });
        each(document.sessions(), "sessions", (s, path) -> {
            define("Session", "session", s.id(), path);
            required(s.body(), path + ".body");
            ordered(s.startDate(), s.endDate(), path);
        });
        each(document.issues(), "issues", (i, path) -> {
            define("Issue", "issue", i.id(), path);
            required(i.name(), path + ".name");
        });
        each(document.groupings(), "groupings", (g, path) -> {
            define("Grouping", "grouping", g.id(), path);
            required(g.name(), path + ".name");
            if (g.kind() == null) {
                problem(path + ".kind", "is required");
            }
            if (g.declaredSize() != null && g.declaredSize() < 0) {
                problem(path + ".declaredSize", "must not be negative");
            }
        });
        each(document.statements(), "statements", (s, path) -> {
            define("Statement", s.id() != null && s.id().startsWith("rollcall:") ? "rollcall" : "stmt", s.id(), path);
            required(s.title(), path + ".title");
            if (s.kind() == null) {
                problem(path + ".kind", "is required");
            }
            s.markers().forEach((symbol, meaning) -> {
                if (symbol.isBlank() || meaning == null || meaning.isBlank()) {
                    problem(path + ".markers", "each marker needs a symbol and a meaning");
                }
            });
            if (s.declaredSignatoryCount() != null && s.declaredSignatoryCount() < 0) {
                problem(path + ".declaredSignatoryCount", "must not be negative");
            }
        });
    }

    private void checkReferences() {
        each(document.people(), "people", (p, path) -> each(p.affiliations(), path + ".affiliations", (a, at) -> {
            refer("Organisation", a.organisation(), at + ".organisation");
            ordered(a.from(), a.to(), at);
        }));
        each(document.issues(), "issues", (i, path) -> each(i.broader(), path + ".broader", (broader, at) -> {
            if (broader != null && broader.equals(i.id())) {
                problem(at, "an issue cannot be broader than itself");
            }
            refer("Issue", broader, at);
        }));
        each(document.groupings(), "groupings", (g, path) -> each(g.members(), path + ".members", (m, at) -> {
            refer("State", m.state(), at + ".state");
            ordered(m.from(), m.to(), at);
        }));
        each(document.statements(), "statements", this::checkStatementReferences);
    }

    private void checkStatementReferences(StatementRecord s, String path) {
        if (s.session() != null) {
            refer("Session", s.session(), path + ".session");
        }
        each(s.issues(), path + ".issues", (i, at) -> refer("Issue", i.issue(), at + ".issue"));
        each(s.deliveredBy(), path + ".deliveredBy", (id, at) -> refer("Actor", id, at));
        each(s.onBehalfOf(), path + ".onBehalfOf", (id, at) -> refer("Grouping", id, at));
        each(s.addressedTo(), path + ".addressedTo", (id, at) -> refer(addresseeLabel(id), id, at));
        each(s.counters(), path + ".counters", (id, at) -> {
            if (id != null && id.equals(s.id())) {
                problem(at, "a statement cannot counter itself");
            }
            refer("Statement", id, at);
        });
        each(s.sources(), path + ".sources", (id, at) -> refer("Source", id, at));
        var signers = new HashSet<String>();
        each(s.signatories(), path + ".signatories", (signature, at) -> {
            if (!unresolvedName(signature.actor(), signature.name(), at)) {
                refer("Actor", signature.actor(), at + ".actor");
            }
            if (signature.actor() != null && !signers.add(signature.actor())) {
                problem(at + ".actor", "signs " + s.id() + " twice");
            }
            if (signature.role() == null) {
                problem(at + ".role", "is required (LEAD, DELIVERED, SIGNATORY or SUPPORTER)");
            }
            if (signature.marker() != null && !s.markers().containsKey(signature.marker())) {
                problem(at + ".marker", quoted(signature.marker()) + " is not in " + path + ".markers");
            }
            if (signature.source() != null) {
                refer("Source", signature.source(), at + ".source");
            }
        });
        var voters = new HashSet<String>();
        each(s.votes(), path + ".votes", (vote, at) -> {
            if (!unresolvedName(vote.actor(), vote.name(), at)) {
                refer("Actor", vote.actor(), at + ".actor");
            }
            if (vote.actor() != null && !voters.add(vote.actor())) {
                problem(at + ".actor", "votes on " + s.id() + " twice");
            }
            if (vote.vote() == null || !ImportDocument.Vote.VALUES.contains(vote.vote())) {
                problem(at + ".vote", "must be yes, no or abstain, was " + quoted(vote.vote()));
            }
        });
    }

    /**
     * A signatory or voter given by name only: names are resolved to actors by {@code importStatements}
     * before validation, so one still here came through an import that does not resolve them.
     *
     * @return whether it was reported
     */
    private boolean unresolvedName(String actor, String name, String path) {
        if (actor != null && name != null) {
            problem(path, "give actor or name, not both");
            return true;
        }
        if (actor == null && name != null) {
            problem(path + ".name", "names are resolved only by importStatements (the mutation or the CLI's"
                    + " import-statements); give the actor's id here");
            return true;
        }
        return false;
    }

    private static String addresseeLabel(String id) {
        if (id == null) {
            return "Person";
        }
        if (id.startsWith("grouping:")) {
            return "Grouping";
        }
        return id.startsWith("person:") ? "Person" : "Actor";
    }

    private void resolveReferences(GraphIds graph) {
        referenced.forEach((label, ids) -> {
            var inDocument = defined.getOrDefault(label, Map.of());
            var elsewhere = ids.keySet().stream().filter(id -> !inDocument.containsKey(id)).toList();
            if (elsewhere.isEmpty()) {
                return;
            }
            for (var missing : graph.missing(label, elsewhere)) {
                for (var path : ids.get(missing)) {
                    problem(path, "names no " + label.toLowerCase() + " in this document or the graph: " + quoted(missing));
                }
            }
        });
        problems.sort(java.util.Comparator.comparing(ImportProblem::path));
    }

    private void define(String label, String prefix, String id, String path) {
        if (id == null || id.isBlank()) {
            problem(path + ".id", "is required");
            return;
        }
        if (id.length() > MAX_ID) {
            problem(path + ".id", "is longer than " + MAX_ID + " characters");
            return;
        }
        if (!ID.matcher(id).matches() || !id.startsWith(prefix + ":")) {
            problem(path + ".id", "must look like " + prefix + ":<name> (letters, digits, . _ : / -), was " + quoted(id));
        }
        if (label.equals("State") || label.equals("Organisation")) {
            defined.computeIfAbsent("Actor", l -> new HashMap<>()).putIfAbsent(id, path);
        }
        var earlier = defined.computeIfAbsent(label, l -> new HashMap<>()).putIfAbsent(id, path);
        if (earlier != null) {
            problem(path + ".id", quoted(id) + " is already defined at " + earlier);
        }
    }

    private void refer(String label, String id, String path) {
        if (id == null || id.isBlank()) {
            problem(path, "is required");
            return;
        }
        if (id.length() > MAX_ID) {
            problem(path, "is longer than " + MAX_ID + " characters: no id is");
            return;
        }
        referenced.computeIfAbsent(label, l -> new LinkedHashMap<>()).computeIfAbsent(id, i -> new ArrayList<>()).add(path);
    }

    private void required(String value, String path) {
        if (value == null || value.isBlank()) {
            problem(path, "is required");
        } else if (value.length() > MAX_NAME) {
            problem(path, "is longer than " + MAX_NAME + " characters");
        }
    }

    /** Aliases: no null or blank entries (Neo4j stores no list with a null in it), none too long. */
    private void names(List<String> values, String path) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            required(values.get(i), path + "[" + i + "]");
        }
    }

    /** The ids of records merged into this one: ids of its own kind, each once, none its own. */
    private void mergedIds(List<String> ids, String prefix, String own, String path) {
        if (ids == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var at = path + "[" + i + "]";
            if (id != null && id.length() > MAX_ID) {
                problem(at, "is longer than " + MAX_ID + " characters: no id is");
            } else if (id == null || !ID.matcher(id).matches() || !id.startsWith(prefix + ":")) {
                problem(at, "must look like " + prefix + ":<name> (letters, digits, . _ : / -), was " + quoted(id));
            } else if (id.equals(own)) {
                problem(at, "is the record's own id");
            } else if (!seen.add(id)) {
                problem(at, quoted(id) + " is given twice");
            }
        }
    }

    private void ordered(LocalDate from, LocalDate to, String path) {
        if (from != null && to != null && to.isBefore(from)) {
            problem(path, "ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private void problem(String path, String message) {
        problems.add(new ImportProblem(path, message));
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    private interface Check<T> {
        void accept(T item, String path);
    }

    private <T> void each(List<T> items, String path, Check<T> check) {
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item == null) {
                problem(path + "[" + i + "]", "must not be null");
            } else {
                check.accept(item, path + "[" + i + "]");
            }
        }
    }
}
