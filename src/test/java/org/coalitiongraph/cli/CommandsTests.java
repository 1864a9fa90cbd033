package org.coalitiongraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandsTests {

    private final List<List<String>> calls = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Commands commands = new Commands(List.of(
            command("restore", "restore <file>  restores a backup", args -> 0),
            command("backup", "backup <file|->  writes a backup", args -> {
                if (args.size() != 1) {
                    throw new UsageException("takes one argument");
                }
                return args.getFirst().equals("fail") ? 7 : 0;
            }),
            command("explode", "explode  fails", args -> {
                throw new IllegalStateException("the disk is full");
            }),
            needing(List.of("un-states"), command("resolve", "resolve <name>  resolves", args -> 0)),
            needing(List.of("no-such-dataset"), command("orphan", "orphan  needs what is not there", args -> 0))),
            this::load);

    @Test
    void helpListsEveryCommandByName() {
        assertThat(run("help")).isEqualTo(Commands.OK);

        assertThat(out()).contains("Usage: java -jar coalition-graph.jar <command>")
                .containsSubsequence("  backup <file|->  writes a backup", "  explode  fails",
                        "  restore <file>  restores a backup", "  help  lists these commands");
        assertThat(err()).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void anUnknownCommandGetsTheUsageOnStandardErrorAndANonZeroExitCode() {
        assertThat(run("frobnicate", "x")).isEqualTo(Commands.USAGE);

        assertThat(err()).startsWith("Unknown command 'frobnicate'.").contains("  backup <file|->  writes a backup");
        assertThat(out()).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void aCommandGetsTheArgumentsAfterItsNameAndGivesTheExitCode() {
        assertThat(run("backup", "fail")).isEqualTo(7);
        assertThat(run("restore", "backup.json")).isEqualTo(Commands.OK);

        assertThat(calls).containsExactly(List.of("backup", "fail"), List.of("restore", "backup.json"));
    }

    @Test
    void theDatasetsACommandNeedsAreLoadedBeforeItRunsAndNoOthers() {
        assertThat(run("resolve", "Ivory Coast")).isEqualTo(Commands.OK);
        assertThat(run("backup", "-")).isEqualTo(Commands.OK);

        assertThat(calls).containsExactly(List.of("load", "un-states"), List.of("resolve", "Ivory Coast"), List.of("backup", "-"));
    }

    @Test
    void aDatasetThatCannotBeLoadedFailsTheCommandBeforeItRuns() {
        assertThat(run("orphan")).isEqualTo(Commands.FAILED);

        assertThat(err()).isEqualToNormalizingNewlines("orphan failed: No dataset 'no-such-dataset'\n");
        assertThat(calls).containsExactly(List.of("load", "no-such-dataset"));
    }

    @Test
    void aCommandGetsItsOwnFlagsButNotTheOptionsThatConfigureTheApp() {
        var flagged = new ArrayList<List<String>>();
        var commands = new Commands(List.of(new CliCommand() {
            @Override
            public String name() {
                return "import-statements";
            }

            @Override
            public String usage() {
                return "import-statements <file> [--dry-run]";
            }

            @Override
            public java.util.Set<String> flags() {
                return java.util.Set.of("--dry-run");
            }

            @Override
            public int run(List<String> args, PrintStream out) {
                flagged.add(args);
                return 0;
            }
        }), this::load);

        commands.run(List.of("import-statements", "--server.port=0", "a.csv", "--dry-run"), new PrintStream(out), new PrintStream(err));
        run("backup", "x", "--dry-run", "--coalition.embedded.data-directory=/tmp/x");

        assertThat(flagged).containsExactly(List.of("a.csv", "--dry-run"));
        assertThat(calls).containsExactly(List.of("backup", "x"));
    }

    @Test
    void wrongArgumentsGetTheCommandsUsage() {
        assertThat(run("backup")).isEqualTo(Commands.USAGE);

        assertThat(err()).isEqualToNormalizingNewlines("backup: takes one argument\nUsage: backup <file|->  writes a backup\n");
    }

    @Test
    void aFailingCommandIsReportedWithItsMessage() {
        assertThat(run("explode")).isEqualTo(Commands.FAILED);

        assertThat(err()).isEqualToNormalizingNewlines("explode failed: the disk is full\n");
    }

    @Test
    void twoCommandsCannotShareAName() {
        assertThatThrownBy(() -> new Commands(List.of(command("backup", "", a -> 0), command("backup", "", a -> 0)), this::load))
                .hasMessageContaining("backup");
        assertThatThrownBy(() -> new Commands(List.of(command("help", "", a -> 0)), this::load))
                .hasMessageContaining("help");
    }

    @Test
    void onlyArgumentsThatStartWithACommandNameRunACommand() {
        assertThat(CommandLine.isCommand()).isFalse();
        assertThat(CommandLine.isCommand("--server.port=9090", "backup")).isFalse();
        assertThat(CommandLine.isCommand("backup", "-", "--server.port=9090")).isTrue();
        assertThat(CommandLine.isCommand("help")).isTrue();
    }

    private int run(String... args) {
        return commands.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void load(String dataset) {
        calls.add(List.of("load", dataset));
        if (dataset.equals("no-such-dataset")) {
            throw new IllegalArgumentException("No dataset '" + dataset + "'");
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private interface Body {
        int run(List<String> args);
    }

    private CliCommand command(String name, String usage, Body body) {
        return new CliCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String usage() {
                return usage;
            }

            @Override
            public int run(List<String> args, PrintStream out) {
                calls.add(prepend(name, args));
                return body.run(args);
            }
        };
    }

    private static CliCommand needing(List<String> datasets, CliCommand command) {
        return new CliCommand() {
            @Override
            public String name() {
                return command.name();
            }

            @Override
            public String usage() {
                return command.usage();
            }

            @Override
            public List<String> datasets() {
                return datasets;
            }

            @Override
            public int run(List<String> args, PrintStream out) throws Exception {
                return command.run(args, out);
            }
        };
    }

    private static List<String> prepend(String first, List<String> rest) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
