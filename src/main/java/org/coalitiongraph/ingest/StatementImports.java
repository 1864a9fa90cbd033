package org.coalitiongraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.resolve.ActorNames;
import org.coalitiongraph.resolve.OrganisationResolver;
import org.coalitiongraph.resolve.StateResolver;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports statements with their signatories and votes — a document in the import format, the
 * 2019–2020 statements file's shape, or the long CSV — with names as printed. The text is converted
 * to the import format, its names resolved, its citations checked and the whole validated; any
 * problem writes nothing. What is left is merged, by content, into the records the graph has (see
 * {@link ImportPlan}) in one transaction, and only what differs is written: the same content again
 * writes nothing, records no audit entry and announces no change. A dry run does all but the write.
 */
@Service
public final class StatementImports {

    static final String DOCUMENT = "JSON document (" + ImportDocument.FORMAT_V1 + ")";

    private final Driver driver;
    private final CypherQueries queries;
    private final CurrentRecords current;
    private final StateResolver states;
    private final OrganisationResolver organisations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ImportWriter writer;

    public StatementImports(Driver driver, CypherQueries queries, CurrentRecords current, StateResolver states,
            OrganisationResolver organisations, AuditLog audit, ApplicationEventPublisher events) {
        this.driver = driver;
        this.queries = queries;
        this.current = current;
        this.states = states;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.writer = new ImportWriter(driver, queries);
    }

    /**
     * @param name   how to call the input in the audit log, e.g. its file name
     * @param limits the transaction's configuration, e.g. a request's time limit
     */
    public ImportReport importText(String text, ImportFormat format, boolean dryRun, String name, Write write,
            TransactionConfig limits) {
        var input = read(text == null ? "" : text, format);
        var problems = new ArrayList<>(input.problems());
        var cited = Citations.apply(input.document());
        cited.problems().forEach(problem -> problems.add(located(problem, input.locations())));
        var organisationIndex = organisations.index();
        var taken = new HashSet<>(organisationIndex.ids());
        cited.document().organisations().forEach(organisation -> taken.add(organisation.id()));
        var named = ImportNames.resolve(cited.document(), new ActorNames(states.index(), organisationIndex, taken),
                input.locations(), input.mergeRepeated());
        problems.addAll(named.problems());
        var locations = input.locations().remapped(named.moved());
        var document = named.document();
        ImportReport report;
        // Problems found already mean nothing will be written: the rest is read in a read transaction, as for a dry run.
        boolean writing = !dryRun && problems.isEmpty();
        try (var session = driver.session()) {
            report = writing
                    ? session.executeWrite(tx -> plan(tx, input, document, locations, named, problems, dryRun, true, name, write), limits)
                    : session.executeRead(tx -> plan(tx, input, document, locations, named, problems, dryRun, false, name, write), limits);
        }
        if (report.applied()) {
            events.publishEvent(new GraphChanged("importStatements " + name));
        }
        return report;
    }

    private ImportReport plan(TransactionContext tx, ImportInput input, ImportDocument given, Locations locations,
            ImportNames.Outcome named, List<ImportProblem> found, boolean dryRun, boolean writing, String name, Write write) {
        // A managed transaction may run this again: start from what was found before it each time.
        var problems = new ArrayList<>(found);
        var ids = new ArrayList<String>();
        for (var kind : RecordKind.values()) {
            var kindIds = kind.records(given).stream().filter(Objects::nonNull).map(ImportSummary::idOf)
                    .filter(Objects::nonNull).toList();
            if (writing && !kindIds.isEmpty()) {
                tx.run(queries.get("ingest/lock-nodes"), Map.of("label", kind.label(), "ids", kindIds)).consume();
            }
            ids.addAll(kindIds);
        }
        var graph = current.export(tx, ids);
        var document = ImportPlan.withRequiredFieldsFrom(given, graph);
        var reported = new HashSet<String>();
        found.forEach(problem -> reported.add(problem.path()));
        for (var problem : ImportValidator.validate(document, (label, unknown) -> new HashSet<>(
                tx.run(queries.get("queries/filter/unknown-ids"), Map.of("label", label, "ids", unknown))
                        .list(row -> row.get("id").asString())))) {
            var place = located(problem, locations);
            // What the conversion, the citations or the names said is wrong there is said already,
            // e.g. a kind the CSV could not read is not "required" as well.
            if (!reported.contains(place.path()) && !problems.contains(place)) {
                problems.add(place);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(input.shape(), dryRun, false, List.of(), named.names(), named.created(), problems);
        }
        var plan = ImportPlan.of(document, graph, input.createOnly());
        boolean apply = writing && plan.changesAnything();
        if (apply) {
            plan.changed().forEach((kind, changed) -> writer.unlinkOwned(tx, kind, changed));
            var written = plan.toWrite();
            writer.write(tx, written);
            audit.record(tx, write, ImportSummary.targets(written), summary(name, input.shape(), plan),
                    plan.changed().isEmpty() ? null : plan.before());
        }
        return new ImportReport(input.shape(), dryRun, apply, plan.counts(), named.names(), named.created(), List.of());
    }

    private static Map<String, Object> summary(String name, String shape, ImportPlan plan) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("document", name);
        summary.put("shape", shape);
        plan.counts().forEach(count -> summary.put(count.kind(), Map.of("created", count.created(),
                "unchanged", count.unchanged(), "changed", count.changed())));
        return summary;
    }

    private static ImportProblem located(ImportProblem problem, Locations locations) {
        return new ImportProblem(locations.of(problem.path()), problem.message());
    }

    /** The text in the import format, with where its parts came from. */
    static ImportInput read(String text, ImportFormat format) {
        if (text.isBlank()) {
            return ImportInput.unreadable(format.name(), List.of(new ImportProblem("text", "is empty")));
        }
        if (format == ImportFormat.CSV) {
            return CsvStatements.read(text);
        }
        var start = text.stripLeading();
        if (start.startsWith("[")) {
            return XinjiangShapedFile.read(text);
        }
        if (!start.startsWith("{")) {
            return ImportInput.unreadable(DOCUMENT, List.of(new ImportProblem("$", "is not JSON: an import is a document"
                    + " in the import format ({…}) or a list of statements ([…]); for CSV, say format CSV")));
        }
        ImportDocument document;
        try {
            document = ImportReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text");
        } catch (InvalidImportException e) {
            return ImportInput.unreadable(DOCUMENT, e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var problems = new ArrayList<ImportProblem>();
        if (document.dataset() != null) {
            problems.add(new ImportProblem("dataset", "importStatements imports records, not datasets: leave it out"
                    + " (datasets are loaded from datasets/)"));
        }
        if (!document.datasets().isEmpty()) {
            problems.add(new ImportProblem("datasets", "is for backups only: leave it out"));
        }
        if (!document.auditLog().isEmpty()) {
            problems.add(new ImportProblem("auditLog", "is for backups only: only a restore into an empty database may carry one"));
        }
        return new ImportInput(DOCUMENT, document, Locations.same(), Set.of(), false, problems);
    }
}
