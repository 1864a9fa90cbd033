package org.coalitiongraph.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.statement.StatementKind;

/**
 * Random analytics filters over the ids of the generated graphs, their GraphQL form and the
 * parameters the plain Cypher oracles take (shared by the path and opposition oracle tests).
 */
public final class OracleFilters {

    private static final List<StatementKind> KINDS = List.of(StatementKind.JOINT_STATEMENT, StatementKind.LETTER,
            StatementKind.ORAL_STATEMENT, StatementKind.ROLL_CALL);

    private OracleFilters() {
    }

    /** No filter one time in five; otherwise each part with some probability. */
    public static AnalyticsFilter random(Random random) {
        if (random.nextInt(5) == 0) {
            return AnalyticsFilter.NONE;
        }
        var from = random.nextInt(3) == 0 ? LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3 * 365)) : null;
        return new AnalyticsFilter(
                random.nextInt(3) == 0 ? some(random, GeneratedSignatures.ISSUES) : null,
                random.nextInt(4) == 0 ? some(random, GeneratedSignatures.SESSIONS) : null,
                random.nextInt(4) == 0 ? some(random, List.of("HRC", "UNGA")) : null,
                random.nextInt(4) == 0 ? some(random, KINDS) : null,
                from,
                random.nextInt(3) == 0 ? (from == null ? LocalDate.of(2022, 6, 1) : from.plusDays(200 + random.nextInt(600))) : null,
                random.nextInt(3) == 0 ? some(random, List.of(ActorKind.values())) : null);
    }

    /** The filter as GraphQL variables. */
    public static Map<String, Object> variables(AnalyticsFilter f) {
        var map = new HashMap<String, Object>();
        map.put("issues", f.issues());
        map.put("sessions", f.sessions());
        map.put("bodies", f.bodies());
        map.put("kinds", f.kinds() == null ? null : f.kinds().stream().map(StatementKind::name).toList());
        map.put("from", f.from() == null ? null : f.from().toString());
        map.put("to", f.to() == null ? null : f.to().toString());
        map.put("actorKinds", f.actorKinds() == null ? null : f.actorKinds().stream().map(ActorKind::name).toList());
        map.values().removeIf(Objects::isNull);
        return map;
    }

    /** The Neo4j labels of the filter's actor kinds, or null: the oracles' {@code $actorLabels}. */
    public static List<String> actorLabels(AnalyticsFilter f) {
        return f.actorKinds() == null ? null : f.actorKinds().stream().map(ActorKind::label).toList();
    }

    private static <T> List<T> some(Random random, List<T> values) {
        var chosen = new ArrayList<T>();
        values.forEach(v -> {
            if (random.nextBoolean()) {
                chosen.add(v);
            }
        });
        return chosen.isEmpty() ? List.of(values.get(random.nextInt(values.size()))) : chosen;
    }
}
