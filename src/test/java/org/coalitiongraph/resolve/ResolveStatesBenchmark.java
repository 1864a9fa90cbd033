package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the state resolver on 10,000 names, in process, with no memo to help: each round builds a
 * fresh index from the reference states and resolves every name once. The names are the reference
 * names and aliases as stored, in capitals, with a leading "the", with one typo, and 10 % that name
 * no state. Run with {@code bash bench/resolve-states.sh}; {@code bench/resolve-states.py} times the
 * same through GraphQL against a running app.
 */
public final class ResolveStatesBenchmark {

    private static final int NAMES = 10_000;
    private static final int ROUNDS = Integer.getInteger("rounds", 25);

    private ResolveStatesBenchmark() {
    }

    public static void main(String[] args) {
        var states = ReferenceStates.states();
        var names = names(states, new Random(5));
        var rounds = new long[ROUNDS];
        var builds = new long[ROUNDS];
        int resolved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            var index = new StateIndex(states);
            builds[round] = System.nanoTime() - started;
            resolved = 0;
            for (var name : names) {
                resolved += index.match(name).isResolved() ? 1 : 0;
            }
            rounds[round] = System.nanoTime() - started;
        }
        var warm = Arrays.copyOfRange(rounds, 5, ROUNDS);
        Arrays.sort(warm);
        var warmBuilds = Arrays.copyOfRange(builds, 5, ROUNDS);
        Arrays.sort(warmBuilds);
        System.out.printf("resolve %,d names (%d states, fresh index each round): first %.0f ms, median of the last %d %.1f ms, "
                + "slowest %.1f ms (of which building the index: median %.1f ms); %,d resolved%n", NAMES, states.size(),
                rounds[0] / 1e6, warm.length, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6,
                warmBuilds[warmBuilds.length / 2] / 1e6, resolved);
    }

    static List<String> names(List<StateNames> states, Random random) {
        var names = new ArrayList<String>(NAMES);
        while (names.size() < NAMES) {
            var state = states.get(random.nextInt(states.size()));
            var spellings = new ArrayList<String>();
            spellings.add(state.name());
            spellings.addAll(state.aliases());
            var name = spellings.get(random.nextInt(spellings.size()));
            double roll = random.nextDouble();
            if (roll < 0.4) {
                names.add(name);
            } else if (roll < 0.55) {
                names.add(name.toUpperCase());
            } else if (roll < 0.7) {
                names.add("the " + name);
            } else if (roll < 0.9 && name.length() > 3) {
                int i = random.nextInt(name.length() - 1);
                names.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
            } else {
                names.add("Nowhereland " + random.nextInt(1000));
            }
        }
        return names;
    }
}
