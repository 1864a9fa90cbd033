package org.coalitiongraph.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.actor.ActorRepository;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.resolve.ItemStatus;
import org.coalitiongraph.resolve.MatchKind;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class StatementImportMutations {

    /** An {@link ImportReport} with its actors loaded, as GraphQL shows it. */
    record Report(String shape, boolean dryRun, boolean applied, List<ImportCount> counts, List<Name> names,
            List<OrganisationRecord> newOrganisations, List<Problem> problems) {
    }

    record Name(String at, String input, ActorKind kind, ItemStatus status, String actorId, Actor actor,
            MatchKind matchedBy, String matched, List<Actor> candidates) {
    }

    record Problem(String at, String message) {
    }

    private final StatementImports imports;
    private final ActorRepository actors;
    /**
     * An import through the API is limited in time like any request, but by its own, longer limit:
     * it reads and writes whole lists, and its first run plans the export queries.
     */
    private final TransactionConfig importLimit;

    StatementImportMutations(StatementImports imports, ActorRepository actors,
            @Value("${coalition.limits.import-timeout:60s}") Duration importTimeout) {
        this.imports = imports;
        this.actors = actors;
        this.importLimit = TransactionConfig.builder().withTimeout(importTimeout).build();
    }

    @MutationMapping
    Report importStatements(@Argument String text, @Argument ImportFormat format, @Argument Boolean dryRun,
            DataFetchingEnvironment environment) {
        var report = imports.importText(text, format == null ? ImportFormat.JSON : format, Boolean.TRUE.equals(dryRun),
                "importStatements text", Write.of(environment), importLimit);
        var ids = new HashSet<String>();
        report.names().forEach(name -> {
            if (name.name().actorId() != null) {
                ids.add(name.name().actorId());
            }
            ids.addAll(name.name().candidates());
        });
        Map<String, Actor> byId = actors.findAllById(ids).stream().collect(Collectors.toMap(Actor::getId, Function.identity()));
        var names = report.names().stream().map(imported -> {
            var name = imported.name();
            return new Name(imported.at(), name.input(), name.kind(), name.status(), name.actorId(),
                    name.actorId() == null ? null : byId.get(name.actorId()), name.matchedBy(), name.matched(),
                    name.candidates().stream().map(byId::get).filter(Objects::nonNull).toList());
        }).toList();
        return new Report(report.shape(), report.dryRun(), report.applied(), report.counts(), names,
                report.newOrganisations(), report.problems().stream().map(p -> new Problem(p.path(), p.message())).toList());
    }
}
