package org.coalitiongraph.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.coalitiongraph.cli.CliCommand;
import org.coalitiongraph.cli.UsageException;
import org.coalitiongraph.ingest.ImportDocument;
import org.springframework.stereotype.Component;

/** {@code restore <file>}: restores a backup into an empty database; see {@link GraphRestorer}. */
@Component
final class RestoreCommand implements CliCommand {

    private final GraphRestorer restorer;

    RestoreCommand(GraphRestorer restorer) {
        this.restorer = restorer;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore <file>  restores a backup into an empty database (refused if it holds any data)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        if (args.size() != 1) {
            throw new UsageException("takes one argument, the backup file to read");
        }
        var file = Path.of(args.getFirst());
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toAbsolutePath().toString(), null, "no such file");
        }
        ImportDocument restored;
        try (var json = Files.newInputStream(file)) {
            restored = restorer.restore(json, file.toString());
        }
        out.println("Restored " + RecordCounts.of(restored) + " from " + file.toAbsolutePath());
        return 0;
    }
}
