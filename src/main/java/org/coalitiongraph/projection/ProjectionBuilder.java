package org.coalitiongraph.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.statement.StatementKind;

/**
 * Compiles a {@link GraphModel} into a {@link Projection}. Ids are numbered in sorted order, so that
 * the same graph always gives the same numbering and every algorithm over it the same answer.
 */
final class ProjectionBuilder {

    private ProjectionBuilder() {
    }

    static Projection build(GraphModel model, long version) {
        var actorIds = model.actors.keySet().toArray(String[]::new);
        Arrays.sort(actorIds);
        var actorIndex = index(actorIds);
        int actorCount = actorIds.length;
        var names = new String[actorCount];
        var sortKeys = new String[actorCount];
        var kinds = new ActorKind[actorCount];
        var groups = new String[actorCount];
        var seatedUntil = new int[actorCount];
        for (int a = 0; a < actorCount; a++) {
            var facts = model.actors.get(actorIds[a]);
            names[a] = facts.name() == null ? facts.id() : facts.name();
            sortKeys[a] = names[a].toLowerCase(Locale.ROOT);
            kinds[a] = facts.kind();
            groups[a] = facts.regionalGroup();
            seatedUntil[a] = Boolean.FALSE.equals(facts.seated()) ? Projection.NO_DATE
                    : facts.until() == null ? Integer.MAX_VALUE : (int) facts.until().toEpochDay();
        }
        // Ids merged into an actor name it too, unless an actor of their own still has them.
        for (int a = 0; a < actorCount; a++) {
            for (var merged : model.actors.get(actorIds[a]).mergedIds()) {
                actorIndex.putIfAbsent(merged, a);
            }
        }

        var sessionIds = model.bodies.keySet().toArray(String[]::new);
        Arrays.sort(sessionIds);
        var sessionIndex = index(sessionIds);
        var sessionBodies = Arrays.stream(sessionIds).map(model.bodies::get).toArray(String[]::new);

        var issueIds = model.broader.keySet().toArray(String[]::new);
        Arrays.sort(issueIds);
        var issueIndex = index(issueIds);
        var narrowerLists = new ArrayList<List<Integer>>();
        for (int i = 0; i < issueIds.length; i++) {
            narrowerLists.add(new ArrayList<>());
        }
        for (int i = 0; i < issueIds.length; i++) {
            for (var broader : model.broader.get(issueIds[i])) {
                var b = issueIndex.get(broader);
                if (b != null) {
                    narrowerLists.get(b).add(i);
                }
            }
        }
        var narrower = narrowerLists.stream().map(ProjectionBuilder::ints).toArray(int[][]::new);

        var statementIds = model.statements.keySet().toArray(String[]::new);
        Arrays.sort(statementIds);
        var statementIndex = index(statementIds);
        int statementCount = statementIds.length;
        var statementKinds = new StatementKind[statementCount];
        var days = new int[statementCount];
        var sessions = new int[statementCount];
        var issues = new int[statementCount][];
        var stances = new String[statementCount][];
        var counters = new int[statementCount][];
        var signers = new int[statementCount][];
        var rollCallOf = new int[statementCount];
        var titles = new String[statementCount];
        var texts = new String[statementCount];
        var listComplete = new Boolean[statementCount];
        var leads = new int[statementCount][];
        var signedCounts = new int[actorCount];
        var counteredByCounts = new int[statementCount];
        int rollCallCount = 0;
        for (int s = 0; s < statementCount; s++) {
            var facts = model.statements.get(statementIds[s]);
            statementKinds[s] = facts.kind();
            days[s] = facts.date() == null ? Projection.NO_DATE : (int) facts.date().toEpochDay();
            sessions[s] = facts.session() == null ? -1 : sessionIndex.getOrDefault(facts.session(), -1);
            var known = facts.issues().stream().filter(stance -> issueIndex.containsKey(stance.issue())).toList();
            issues[s] = known.stream().mapToInt(stance -> issueIndex.get(stance.issue())).toArray();
            stances[s] = known.stream().map(StatementFacts.Stance::stance).toArray(String[]::new);
            counters[s] = facts.counters().stream().filter(statementIndex::containsKey)
                    .mapToInt(statementIndex::get).distinct().toArray();
            for (int c : counters[s]) {
                counteredByCounts[c]++;
            }
            signers[s] = facts.signers().stream().filter(actorIndex::containsKey)
                    .mapToInt(actorIndex::get).sorted().distinct().toArray();
            for (int a : signers[s]) {
                signedCounts[a]++;
            }
            rollCallOf[s] = facts.votes().isEmpty() ? -1 : rollCallCount++;
            titles[s] = facts.title();
            texts[s] = facts.text();
            listComplete[s] = facts.listComplete();
            leads[s] = facts.leads().stream().filter(actorIndex::containsKey)
                    .mapToInt(actorIndex::get).sorted().distinct().toArray();
        }
        var signed = new int[actorCount][];
        for (int a = 0; a < actorCount; a++) {
            signed[a] = new int[signedCounts[a]];
            signedCounts[a] = 0;
        }
        var counteredBy = new int[statementCount][];
        for (int s = 0; s < statementCount; s++) {
            counteredBy[s] = new int[counteredByCounts[s]];
            counteredByCounts[s] = 0;
        }
        // Statements in index order: each actor's list comes out sorted.
        for (int s = 0; s < statementCount; s++) {
            for (int a : signers[s]) {
                signed[a][signedCounts[a]++] = s;
            }
            for (int c : counters[s]) {
                counteredBy[c][counteredByCounts[c]++] = s;
            }
        }

        var rollCalls = new int[rollCallCount];
        int words = (rollCallCount + 63) >>> 6;
        var yes = new long[actorCount][];
        var no = new long[actorCount][];
        var abstain = new long[actorCount][];
        for (int s = 0; s < statementCount; s++) {
            int r = rollCallOf[s];
            if (r < 0) {
                continue;
            }
            rollCalls[r] = s;
            for (var cast : model.statements.get(statementIds[s]).votes()) {
                var a = actorIndex.get(cast.actor());
                if (a == null) {
                    continue;
                }
                if (yes[a] == null) {
                    yes[a] = new long[words];
                    no[a] = new long[words];
                    abstain[a] = new long[words];
                }
                var bits = switch (cast.vote()) {
                    case YES -> yes[a];
                    case NO -> no[a];
                    case ABSTAIN -> abstain[a];
                };
                bits[r >>> 6] |= 1L << r;
            }
        }
        return new Projection(version, actorIds, names, sortKeys, kinds, groups, seatedUntil, actorIndex, statementIds,
                statementIndex, statementKinds, days, sessions, issues, stances, counters, counteredBy, signers, signed,
                titles, texts, listComplete, leads, rollCalls, rollCallOf, yes, no, abstain, sessionIds, sessionBodies, sessionIndex, issueIds, issueIndex,
                narrower);
    }

    private static Map<String, Integer> index(String[] ids) {
        var index = new HashMap<String, Integer>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
