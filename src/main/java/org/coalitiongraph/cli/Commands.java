package org.coalitiongraph.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coalitiongraph.ingest.Datasets;
import org.coalitiongraph.security.ApiKeyCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Dispatches the command line to the {@link CliCommand} it names; {@code help} lists them all.
 * Exit codes: 0 success, 1 failure, 2 a command line that names no command or has wrong arguments.
 */
@Component
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final String HELP = "help";

    private final Map<String, CliCommand> byName = new LinkedHashMap<>();
    private final Consumer<String> loadDataset;

    /** The datasets bean is made only for a command that needs one: most do not, and it costs their start. */
    @Autowired
    public Commands(List<CliCommand> commands, ObjectProvider<Datasets> datasets) {
        this(commands, id -> datasets.getObject().load(id));
    }

    /** @param loadDataset loads a dataset by id unless the graph has it already */
    Commands(List<CliCommand> commands, Consumer<String> loadDataset) {
        this.loadDataset = loadDataset;
        commands.stream().sorted(Comparator.comparing(CliCommand::name)).forEach(command -> {
            if (command.name().equals(HELP) || byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalStateException("Two commands are named '" + command.name() + "'");
            }
        });
    }

    /**
     * @param args the command name, then its arguments; options ({@code --…}) other than the command's
     *             {@link CliCommand#flags()} are left out (they configured the app)
     * @param out  standard output, for what the command produces
     * @param err  standard error, for usage and failures
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.getFirst().equals(HELP)) {
            usage(out);
            return OK;
        }
        var command = byName.get(args.getFirst());
        if (command == null) {
            err.println("Unknown command '" + args.getFirst() + "'.");
            usage(err);
            return USAGE;
        }
        try {
            var own = args.subList(1, args.size()).stream()
                    .filter(arg -> !arg.startsWith("--") || command.flags().contains(arg)).toList();
            command.datasets().forEach(loadDataset);
            return command.run(own, out);
        } catch (UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            err.println("Usage: " + command.usage());
            return USAGE;
        } catch (Exception e) {
            err.println(command.name() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        } finally {
            out.flush();
        }
    }

    private void usage(PrintStream out) {
        out.println("Usage: java -jar coalition-graph.jar <command> [arguments] [--spring.property=value ...]");
        out.println("Without a command (or with only --options), the web app starts.");
        out.println();
        out.println("Commands:");
        byName.values().forEach(command -> out.println("  " + command.usage()));
        // Handled before the app starts (see the main class): it needs no database.
        out.println("  " + ApiKeyCommand.USAGE + " (needs no database: runs while the app runs)");
        out.println("  " + HELP + "  lists these commands");
        out.println();
        out.println("With the embedded database, a command opens the app's data directory: stop the app first.");
        out.println("With NEO4J_URI set, it runs against that server, which may be running.");
    }
}
