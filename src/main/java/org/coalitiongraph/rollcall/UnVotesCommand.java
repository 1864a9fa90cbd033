package org.coalitiongraph.rollcall;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.coalitiongraph.cli.CliCommand;
import org.coalitiongraph.cli.UsageException;
import org.springframework.stereotype.Component;

/**
 * {@code import-unvotes <dir>}: imports the UNGA roll-call votes from the directory (see
 * {@link UnVotesImporter}), with progress on standard error (votes, votes/s, ETA) and a summary on
 * standard output.
 */
@Component
final class UnVotesCommand implements CliCommand {

    /** Progress at most this often: a line a second is readable and costs nothing. */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final UnVotesImporter importer;

    UnVotesCommand(UnVotesImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-unvotes";
    }

    @Override
    public String usage() {
        return "import-unvotes <dir>  imports the UNGA roll-call votes (un_votes, un_roll_calls, un_roll_call_issues"
                + " .csv.gz) from the directory, e.g. datasets/unvotes; again: only what changed";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        if (args.size() != 1) {
            throw new UsageException("takes one argument, the directory with the UNGA files");
        }
        var directory = Path.of(args.getFirst());
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toAbsolutePath().toString(), null, "not a directory");
        }
        var summary = importer.importDirectory(directory, new ProgressLines(System.err));
        out.println(String.format(Locale.ROOT,
                "Imported %s: %,d roll calls (%,d new, %,d rewritten as changed, %,d unchanged), %,d votes written of %,d,"
                        + " %d voters on %d state nodes; checked in %.1f s, written in %.1f s (%,.0f votes/s, %.1f s CPU%s)",
                directory, summary.rollCalls(), summary.created(), summary.rewritten(), summary.unchanged(),
                summary.votesWritten(), summary.votes(), summary.voters(), summary.nodes(),
                summary.checked().toMillis() / 1000.0, summary.written().toMillis() / 1000.0, summary.votesPerSecond(),
                summary.writingCpu().toMillis() / 1000.0, summary.processCpu() == null ? ""
                        : String.format(Locale.ROOT, ", %.1f s CPU of all threads", summary.processCpu().toMillis() / 1000.0)));
        return 0;
    }

    /** Prints where the import is: votes written, rate and the time left at that rate. */
    private static final class ProgressLines implements UnVotesImporter.Progress {

        private final PrintStream err;
        private long started;
        private long lastPrinted;

        ProgressLines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void writing(int rollCalls, int inFiles, long votes) {
            started = System.nanoTime();
            lastPrinted = started;
            err.println(String.format(Locale.ROOT, "import-unvotes: files checked; %,d of %,d roll calls to write (%,d votes)",
                    rollCalls, inFiles, votes));
        }

        @Override
        public void votesWritten(long written, long toWrite) {
            long now = System.nanoTime();
            if (now - lastPrinted < PROGRESS_EVERY_NANOS && written < toWrite) {
                return;
            }
            lastPrinted = now;
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            double rate = written / seconds;
            err.println(String.format(Locale.ROOT, "import-unvotes: %,d of %,d votes (%d%%), %,.0f votes/s, ETA %.0f s",
                    written, toWrite, toWrite == 0 ? 100 : written * 100 / toWrite, rate,
                    rate == 0 ? 0 : (toWrite - written) / rate));
        }
    }
}
