package org.coalitiongraph.alignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;

/**
 * The co-signer answer computed the plainest way, in Java, straight from an import document: what
 * the Cypher behind {@code coSigners} must agree with.
 */
final class CoSignersOracle {

    record Expected(String actor, int count, List<String> statements) {
    }

    private final ImportDocument document;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, ActorKind> kinds = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    CoSignersOracle(ImportDocument document) {
        this.document = document;
        document.states().forEach(s -> {
            names.put(s.id(), s.name());
            kinds.put(s.id(), ActorKind.STATE);
        });
        document.organisations().forEach(o -> {
            names.put(o.id(), o.name());
            kinds.put(o.id(), ActorKind.ORGANISATION);
        });
        document.sessions().forEach(s -> bodies.put(s.id(), s.body()));
        document.issues().forEach(i -> ancestors.put(i.id(), selfAndBroader(i.id())));
    }

    List<Expected> coSigners(String actor, AnalyticsFilter filter, int first) {
        var together = new HashMap<String, List<StatementRecord>>();
        for (var statement : document.statements()) {
            var signers = statement.signatories().stream().map(ImportDocument.Signature::actor).toList();
            if (!signers.contains(actor) || !admits(filter, statement)) {
                continue;
            }
            for (var other : new HashSet<>(signers)) {
                if (!other.equals(actor) && (filter.actorKinds() == null || filter.actorKinds().contains(kinds.get(other)))) {
                    together.computeIfAbsent(other, o -> new ArrayList<>()).add(statement);
                }
            }
        }
        var newestFirst = Comparator.comparing((StatementRecord s) -> s.date() == null)
                .thenComparing(StatementRecord::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(StatementRecord::id);
        return together.entrySet().stream()
                .map(e -> new Expected(e.getKey(), e.getValue().size(),
                        e.getValue().stream().sorted(newestFirst).map(StatementRecord::id).toList()))
                .sorted(Comparator.comparingInt(Expected::count).reversed()
                        .thenComparing(e -> names.get(e.actor()).toLowerCase(Locale.ROOT))
                        .thenComparing(Expected::actor))
                .limit(first)
                .toList();
    }

    private boolean admits(AnalyticsFilter filter, StatementRecord s) {
        if (filter.kinds() != null && !filter.kinds().contains(s.kind())) {
            return false;
        }
        if (filter.from() != null && (s.date() == null || s.date().isBefore(filter.from()))) {
            return false;
        }
        if (filter.to() != null && (s.date() == null || s.date().isAfter(filter.to()))) {
            return false;
        }
        if (filter.sessions() != null && (s.session() == null || !filter.sessions().contains(s.session()))) {
            return false;
        }
        if (filter.bodies() != null && (s.session() == null || !filter.bodies().contains(bodies.get(s.session())))) {
            return false;
        }
        return filter.issues() == null || s.issues().stream()
                .anyMatch(stance -> ancestors.get(stance.issue()).stream().anyMatch(filter.issues()::contains));
    }

    private Set<String> selfAndBroader(String issue) {
        var all = new HashSet<String>();
        for (var current = issue; current != null; current = broaderOf(current)) {
            all.add(current);
        }
        return all;
    }

    private String broaderOf(String issue) {
        return document.issues().stream().filter(i -> i.id().equals(issue))
                .flatMap(i -> i.broader().stream()).findFirst().orElse(null);
    }
}
