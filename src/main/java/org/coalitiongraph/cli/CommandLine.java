package org.coalitiongraph.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.embedded.EarlyEmbeddedNeo4j;
import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Runs a {@link CliCommand} from {@code main}: the first argument names it, unless it is an option
 * ({@code --…}), in which case the web app starts as usual. The command runs in the app's context
 * without the web server and without loading the app's datasets (only those it needs itself, see
 * {@link CliCommand#datasets()}), then the context closes.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** True when the arguments name a command rather than start the web app. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    /** For {@code main}: runs the command and returns its exit code; logs go to standard error. */
    public static int run(Class<?> application, String... args) {
        var out = System.out;
        // Logs are written to standard output; a backup written there ("-") must not have them mixed in.
        System.setOut(System.err);
        return run(application, args, out, System.err);
    }

    /**
     * @param args the command name and its arguments; options ({@code --name=value}) configure the
     *             app as for the web app, e.g. {@code --coalition.embedded.data-directory=…}
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        // The command sees its own flags (e.g. --dry-run) among its arguments; Spring sees every option,
        // and a flag means nothing to it.
        var commandLine = List.of(args);
        var options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        var app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setEnvironment(commandEnvironment());
        app.addInitializers(new EarlyEmbeddedNeo4j());
        try (var context = app.run(options)) {
            return context.getBean(Commands.class).run(commandLine, out, err);
        } catch (RuntimeException e) {
            report(e, err);
            return Commands.FAILED;
        }
    }

    private static StandardEnvironment commandEnvironment() {
        var environment = new StandardEnvironment();
        // Above application.yaml and the environment variables; only --options on the command line override.
        environment.getPropertySources().addFirst(new MapPropertySource("command", Map.of(
                // A command works on the database as it is: a restore needs it empty, a backup takes what is there.
                // One that resolves names loads the reference states itself (CliCommand.datasets).
                "coalition.datasets.load-on-start", "",
                // Only the beans the commands need (and the schema, which is never lazy): not GraphQL, the
                // resolvers' indexes or the caches of the web app, whose making and compiling cost a command
                // seconds of CPU on two cores.
                "spring.main.lazy-initialization", "true",
                // Nothing connects to a command's embedded database from outside; any free port will do.
                "coalition.embedded.bolt-port", "0",
                // The app's own progress, and warnings; not every bean of the start.
                "logging.level.root", "WARN",
                "logging.level.org.coalitiongraph", "INFO",
                // A failed start is reported below: in one sentence where the cause is known.
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.autoconfigure.logging", "OFF")));
        return environment;
    }

    /** The app did not start (or stop) around the command. */
    private static void report(RuntimeException e, PrintStream err) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileLockException) {
                err.println("The embedded database is in use by another process: " + cause.getMessage());
                err.println("A command opens the same data directory as the app, so it runs only while the app is"
                        + " stopped. Stop the app and run the command again, or set NEO4J_URI to run it against a"
                        + " Neo4j server.");
                return;
            }
        }
        Throwable deepest = e;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        err.println("The app could not run the command: " + deepest);
        e.printStackTrace(err);
    }
}
