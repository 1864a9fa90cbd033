package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.resolve.ActorNames;
import org.coalitiongraph.resolve.ItemStatus;
import org.coalitiongraph.resolve.OrganisationIndex;
import org.coalitiongraph.resolve.SignatoryListParser;
import org.coalitiongraph.statement.SignatureRole;

/**
 * Turns the signatories and voters an import gives by name into actors: each name is resolved
 * (states must match; an organisation that matches nothing is created), the names left behind, and
 * every name reported with what it became. A name without a kind takes its statement's likely kind
 * for signatories (as a printed list does) and STATE for voters. One actor signs or votes once per
 * statement: a second name for it is a problem, or, for files that unite partial lists, the same
 * signature (a LEAD role, a marker and a source are kept from whichever gives one first).
 */
final class ImportNames {

    private static final Pattern ENTRY = Pattern.compile("^(statements\\[\\d+\\]\\.(?:signatories|votes))\\[(\\d+)\\]");

    /**
     * @param document the document with actors, the names left behind, and the new organisations
     * @param moved    gives a path of the new document its path in the one given (merged names move)
     */
    record Outcome(ImportDocument document, List<ImportedName> names, List<OrganisationRecord> created,
            List<ImportProblem> problems, UnaryOperator<String> moved) {
    }

    private final ActorNames resolver;
    private final Locations locations;
    private final boolean mergeRepeated;
    private final List<ImportedName> names = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, OrganisationRecord> created = new LinkedHashMap<>();
    /** New path prefix → old one, for entries that moved when repeats were merged. */
    private final Map<String, String> moves = new HashMap<>();

    private ImportNames(ActorNames resolver, Locations locations, boolean mergeRepeated) {
        this.resolver = resolver;
        this.locations = locations;
        this.mergeRepeated = mergeRepeated;
    }

    static Outcome resolve(ImportDocument document, ActorNames resolver, Locations locations, boolean mergeRepeated) {
        var names = new ImportNames(resolver, locations, mergeRepeated);
        var statements = new ArrayList<StatementRecord>();
        for (int i = 0; i < document.statements().size(); i++) {
            var statement = document.statements().get(i);
            statements.add(statement == null ? null : names.statement(statement, "statements[" + i + "]"));
        }
        var organisations = new ArrayList<>(document.organisations());
        organisations.addAll(names.created.values());
        var resolved = new ImportDocument(document.format(), document.dataset(), document.datasets(), document.sources(),
                document.states(), organisations, document.people(), document.sessions(), document.issues(),
                document.groupings(), statements, document.auditLog());
        var moves = Map.copyOf(names.moves);
        return new Outcome(resolved, List.copyOf(names.names), List.copyOf(names.created.values()),
                List.copyOf(names.problems), path -> {
                    var entry = ENTRY.matcher(path);
                    if (!entry.find()) {
                        return path;
                    }
                    var old = moves.get(entry.group());
                    return old == null ? path : old + path.substring(entry.end());
                });
    }

    private StatementRecord statement(StatementRecord s, String path) {
        var given = s.signatories().stream().filter(Objects::nonNull).toList();
        var unkinded = given.stream().filter(g -> g.actor() == null && g.name() != null && g.kind() == null)
                .map(Signature::name).toList();
        int knownStates = (int) given.stream().filter(g -> g.kind() == ActorKind.STATE
                || (g.kind() == null && g.actor() != null && g.actor().startsWith("state:"))).count();
        int knownOrganisations = (int) given.stream().filter(g -> g.kind() == ActorKind.ORGANISATION
                || (g.kind() == null && g.actor() != null && g.actor().startsWith("org:"))).count();
        var listKind = unkinded.isEmpty() ? ActorKind.STATE : resolver.likelyKind(unkinded, knownStates, knownOrganisations);
        var signatures = new LinkedHashMap<String, Signature>();
        var signedAt = new HashMap<String, String>();
        var others = new LinkedHashMap<String, Signature>();
        for (int j = 0; j < s.signatories().size(); j++) {
            var signature = s.signatories().get(j);
            var at = path + ".signatories[" + j + "]";
            var actor = signature == null ? null : actorOf(signature.actor(), signature.name(), signature.kind(), listKind, at);
            if (actor == null) {
                // Left for the validator (nothing given, or both) or already reported; kept in place.
                if (signature == null || signature.name() == null || signature.actor() != null) {
                    others.put(at, signature);
                }
                continue;
            }
            var resolved = signature.resolvedTo(actor);
            var earlier = signatures.get(actor);
            if (earlier == null) {
                signatures.put(actor, resolved);
                signedAt.put(actor, at);
            } else if (mergeRepeated) {
                signatures.put(actor, new Signature(actor, null, null,
                        earlier.role() == SignatureRole.LEAD || resolved.role() == SignatureRole.LEAD ? SignatureRole.LEAD
                                : earlier.role(),
                        earlier.marker() != null ? earlier.marker() : resolved.marker(),
                        earlier.source() != null ? earlier.source() : resolved.source()));
            } else {
                problems.add(new ImportProblem(locations.of(at + (signature.name() != null ? ".name" : ".actor")),
                        describe(signature.name(), actor) + ", as " + locations.of(signedAt.get(actor))
                                + " does already: one signature per actor and statement"));
            }
        }
        var signatories = new ArrayList<Signature>();
        signatures.forEach((actor, signature) -> {
            moves.put(path + ".signatories[" + signatories.size() + "]", signedAt.get(actor));
            signatories.add(signature);
        });
        others.forEach((at, signature) -> {
            moves.put(path + ".signatories[" + signatories.size() + "]", at);
            signatories.add(signature);
        });
        var votes = new LinkedHashMap<String, Vote>();
        var votedAt = new HashMap<String, String>();
        var otherVotes = new LinkedHashMap<String, Vote>();
        for (int j = 0; j < s.votes().size(); j++) {
            var vote = s.votes().get(j);
            var at = path + ".votes[" + j + "]";
            var actor = vote == null ? null : actorOf(vote.actor(), vote.name(), vote.kind(), ActorKind.STATE, at);
            if (actor == null) {
                if (vote == null || vote.name() == null || vote.actor() != null) {
                    otherVotes.put(at, vote);
                }
                continue;
            }
            var earlier = votes.putIfAbsent(actor, vote.resolvedTo(actor));
            if (earlier == null) {
                votedAt.put(actor, at);
            } else if (!mergeRepeated || !Objects.equals(earlier.vote(), vote.vote())) {
                problems.add(new ImportProblem(locations.of(at + (vote.name() != null ? ".name" : ".actor")),
                        describe(vote.name(), actor) + ", as " + locations.of(votedAt.get(actor))
                                + " does already: one vote per actor and statement"));
            }
        }
        var voted = new ArrayList<Vote>();
        votes.forEach((actor, vote) -> {
            moves.put(path + ".votes[" + voted.size() + "]", votedAt.get(actor));
            voted.add(vote);
        });
        otherVotes.forEach((at, vote) -> {
            moves.put(path + ".votes[" + voted.size() + "]", at);
            voted.add(vote);
        });
        return new StatementRecord(s.id(), s.title(), s.date(), s.kind(), s.session(), s.symbol(),
                s.declaredSignatoryCount(), s.declaredCountIsLowerBound(), s.listComplete(), s.text(), s.url(),
                s.notes(), s.markers(), s.issues(), s.deliveredBy(), s.onBehalfOf(), s.addressedTo(), s.counters(),
                s.sources(), signatories, voted);
    }

    /** The actor a signatory or voter names: its id as given, or what its name resolves to; null if neither. */
    private String actorOf(String actor, String name, ActorKind kind, ActorKind otherwise, String at) {
        if (actor != null || name == null) {
            return actor != null && name == null ? actor : null;
        }
        if (name.isBlank()) {
            problems.add(new ImportProblem(locations.of(at + ".name"), "is blank: give the name as printed"));
            return null;
        }
        var resolved = resolver.resolve(name, kind != null ? kind : otherwise, kind != null);
        names.add(new ImportedName(locations.of(at + ".name"), resolved));
        if (resolved.isProblem()) {
            problems.add(new ImportProblem(locations.of(at + ".name"), resolved.problem()));
            return null;
        }
        if (resolved.status() == ItemStatus.NEW_ORGANISATION) {
            created.computeIfAbsent(resolved.actorId(), id -> newOrganisation(id, SignatoryListParser.clean(name)));
        }
        return resolved.actorId();
    }

    private static OrganisationRecord newOrganisation(String id, String text) {
        var nameAndAcronym = OrganisationIndex.nameAndAcronym(text.strip());
        var aliases = nameAndAcronym[0].equals(text.strip()) ? List.<String>of() : List.of(text.strip());
        return new OrganisationRecord(id, nameAndAcronym[0], aliases, nameAndAcronym[1], null, null, null, null);
    }

    private static String describe(String name, String actor) {
        return name == null ? "'" + actor + "' is named" : "'" + name + "' is " + actor;
    }
}
