package org.coalitiongraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coalitiongraph.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code resolve-states [name ...]}: one tab-separated line per name — the name, RESOLVED with the
 * state's id, ISO3 and how it matched, or AMBIGUOUS / UNKNOWN with the candidates. Without names it
 * reads one name per line from standard input, so a whole list can be piped through it.
 */
@Component
final class ResolveStatesCommand implements CliCommand {

    private final StateResolver resolver;

    ResolveStatesCommand(StateResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "resolve-states";
    }

    @Override
    public String usage() {
        return "resolve-states [name ...]  which state each name stands for (names from standard input, one per line, when none are given)";
    }

    /** Against a database that never had the reference states, every name would be UNKNOWN. */
    @Override
    public List<String> datasets() {
        return List.of(StateResolver.REFERENCE_STATES);
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        var names = args.isEmpty() ? standardInput() : args;
        var unresolved = 0;
        for (var match : resolver.resolve(names)) {
            out.println(line(match));
            unresolved += match.isResolved() ? 0 : 1;
        }
        return unresolved == 0 ? 0 : 1;
    }

    static String line(NameMatch match) {
        var columns = match.isResolved()
                ? List.of(match.input(), match.status().name(), match.id(),
                        match.matchedBy().name().toLowerCase(java.util.Locale.ROOT) + " '" + match.matched() + "'")
                : List.of(match.input(), match.status().name(), "candidates: " + String.join(", ", match.candidates()));
        return String.join("\t", columns);
    }

    private static List<String> standardInput() throws IOException {
        var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
