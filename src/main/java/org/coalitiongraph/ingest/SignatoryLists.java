package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.resolve.ItemStatus;
import org.coalitiongraph.resolve.OrganisationIndex;
import org.coalitiongraph.resolve.OrganisationResolver;
import org.coalitiongraph.resolve.ResolvedItem;
import org.coalitiongraph.resolve.ResolvedList;
import org.coalitiongraph.resolve.SignatoryListParser;
import org.coalitiongraph.resolve.SignatoryListResolver;
import org.coalitiongraph.resolve.StateResolver;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.web.NotFoundException;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Adds a signatory list, pasted as printed, to a statement: parsed, resolved, checked whole, then
 * written as one import (new organisations and the statement's record with its new signatures), so
 * a list with any problem writes nothing and the same list a second time changes nothing.
 */
@Service
public final class SignatoryLists {

    private final Driver driver;
    private final CurrentRecords current;
    private final StateResolver states;
    private final OrganisationResolver organisations;
    private final GraphImporter importer;

    public SignatoryLists(Driver driver, CurrentRecords current, StateResolver states,
            OrganisationResolver organisations, GraphImporter importer) {
        this.driver = driver;
        this.current = current;
        this.states = states;
        this.organisations = organisations;
        this.importer = importer;
    }

    /**
     * @param source the source the signatures cite; null for the statement's own (when it cites exactly one)
     * @param kind   whether the list names states or organisations; null to go by what most names match
     */
    public SignatoryListOutcome importList(String statementId, String text, String source, SignatureRole role,
            ActorKind kind, boolean dryRun, Write write) {
        var ids = new ArrayList<String>();
        ids.add(statementId);
        if (source != null) {
            ids.add(source);
        }
        var records = driver.session().executeRead(tx -> current.export(tx, ids));
        var statement = records.statements().stream().filter(record -> record.id().equals(statementId)).findFirst()
                .orElseThrow(() -> new NotFoundException("statement", statementId));
        var problems = new ArrayList<String>();
        var citation = citation(statement, source, records, problems);
        var parsed = SignatoryListParser.parse(text);
        if (parsed.items().isEmpty()) {
            problems.add("text: no names found");
        }
        var organisationIndex = organisations.index();
        var list = new SignatoryListResolver(states.index(), organisationIndex, organisationIndex.ids())
                .resolve(parsed, kind);
        list.problems().forEach(item -> problems.add("text: " + item.problem()));
        var legend = new LinkedHashMap<>(statement.markers());
        list.legend().forEach(legend::putIfAbsent);
        for (var item : list.items()) {
            if (item.marker() != null && !legend.containsKey(item.marker())) {
                problems.add("text: line " + item.line() + ", '" + item.text() + "': marker '" + item.marker()
                        + "' is explained neither by the list's legend nor by the statement's");
            }
        }
        var signed = new HashSet<String>();
        statement.signatories().forEach(signature -> signed.add(signature.actor()));
        var signatures = new ArrayList<>(statement.signatories());
        var created = new ArrayList<OrganisationRecord>();
        int alreadySigned = 0;
        for (var item : list.items()) {
            if (!item.status().signs() || item.repeats() != null) {
                continue;
            }
            if (!signed.add(item.actorId())) {
                alreadySigned++;
                continue;
            }
            if (item.status() == ItemStatus.NEW_ORGANISATION) {
                created.add(newOrganisation(item));
            }
            signatures.add(new Signature(item.actorId(), roleOf(item, list, role), item.marker(), citation));
        }
        int added = signatures.size() - statement.signatories().size();
        if (problems.isEmpty() && !dryRun && added > 0) {
            var updated = withSignatures(statement, signatures, legend, list);
            importer.importDocument(new ImportDocument(ImportDocument.FORMAT_V1, null, List.of(), List.of(), created,
                    List.of(), List.of(), List.of(), List.of(), List.of(updated)), "signatory list for " + statementId, write);
        }
        return new SignatoryListOutcome(statementId, list, List.copyOf(problems), problems.isEmpty() && !dryRun,
                problems.isEmpty() ? added : 0, problems.isEmpty() ? created.size() : 0, alreadySigned);
    }

    private static String citation(StatementRecord statement, String source, ImportDocument records, List<String> problems) {
        if (source != null) {
            if (records.sources().stream().noneMatch(record -> record.id().equals(source))) {
                problems.add("source: no source '" + source + "'");
            }
            return source;
        }
        if (statement.sources().size() == 1) {
            return statement.sources().getFirst();
        }
        problems.add("source: the statement cites " + (statement.sources().isEmpty() ? "no source" : statement.sources().size()
                + " sources") + "; name the one the list comes from");
        return null;
    }

    private static SignatureRole roleOf(ResolvedItem item, ResolvedList list, SignatureRole role) {
        var group = list.onBehalfOf();
        return group != null && group.speaker() != null && Objects.equals(group.speaker(), item.text()) ? SignatureRole.LEAD
                : role == null ? SignatureRole.SIGNATORY : role;
    }

    private static OrganisationRecord newOrganisation(ResolvedItem item) {
        var nameAndAcronym = OrganisationIndex.nameAndAcronym(item.text());
        var aliases = nameAndAcronym[0].equals(item.text()) ? List.<String>of() : List.of(item.text());
        return new OrganisationRecord(item.actorId(), nameAndAcronym[0], aliases, nameAndAcronym[1], null, null, null, null);
    }

    private static StatementRecord withSignatures(StatementRecord s, List<Signature> signatures,
            Map<String, String> legend, ResolvedList list) {
        var group = list.onBehalfOf();
        boolean declare = group != null && s.declaredSignatoryCount() == null;
        return new StatementRecord(s.id(), s.title(), s.date(), s.kind(), s.session(), s.symbol(),
                declare ? Integer.valueOf(group.count()) : s.declaredSignatoryCount(),
                declare ? Boolean.valueOf(group.lowerBound()) : s.declaredCountIsLowerBound(), s.listComplete(), s.text(),
                s.url(), s.notes(), legend, s.issues(), s.deliveredBy(), s.onBehalfOf(), s.addressedTo(), s.counters(),
                s.sources(), signatures, s.votes());
    }
}
