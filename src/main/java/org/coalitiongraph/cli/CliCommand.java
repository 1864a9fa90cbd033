package org.coalitiongraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * A command of the packaged app ({@code java -jar coalition-graph.jar <name> <arguments>}). Each is
 * a Spring bean; {@link Commands} finds it by {@link #name()}. It runs in the app's context without
 * the web server, against the same database.
 */
public interface CliCommand {

    /** The word that selects the command, e.g. {@code backup}. */
    String name();

    /** Its arguments and what it does, one line for {@code help}, e.g. {@code backup <file|->  writes …}. */
    String usage();

    /**
     * The options of the command's own, e.g. {@code --dry-run}: it gets them among its arguments.
     * Every other option ({@code --name=value}) configures the app and is not passed on.
     */
    default Set<String> flags() {
        return Set.of();
    }

    /**
     * The datasets ({@code datasets/<id>.json}) the command needs in the graph, loaded before it runs
     * when this database has not had them yet (once per version, as on the app's start). A command
     * does not load the app's datasets otherwise: it works on the database as it is.
     */
    default List<String> datasets() {
        return List.of();
    }

    /**
     * Runs the command. Wrong arguments: throw {@link UsageException}. Any other exception is a
     * failure reported on standard error with its message.
     *
     * @param args the arguments after the command name, with its {@link #flags()} (other options starting
     *             with {@code --} go to Spring)
     * @param out  standard output; may carry data, e.g. a backup written to {@code -}
     * @return the exit code, 0 for success
     */
    int run(List<String> args, PrintStream out) throws Exception;
}
