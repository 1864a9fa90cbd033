package org.coalitiongraph.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.coalitiongraph.cli.CliCommand;
import org.coalitiongraph.cli.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code backup <file|->}: writes the whole graph in the import format. A file is written next to
 * its target and moved into place when complete, so a failed backup never replaces a good one.
 */
@Component
final class BackupCommand implements CliCommand {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
    private static final String STANDARD_OUTPUT = "-";

    private final GraphExporter exporter;

    BackupCommand(GraphExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup <file|->  writes the whole graph to the file (- for standard output) in the import format";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        if (args.size() != 1) {
            throw new UsageException("takes one argument, the file to write (- for standard output)");
        }
        var notExported = exporter.notExported();
        if (args.getFirst().equals(STANDARD_OUTPUT)) {
            var counts = exporter.exportTo(out);
            out.flush();
            // Standard output carries the backup: what is said about it goes to the log, on standard error.
            log.info("Backed up {}", counts);
            notExported.forEach(missing -> log.warn("Not in the backup, the import format has no place for it: {}", missing));
            return 0;
        }
        var file = Path.of(args.getFirst()).toAbsolutePath();
        var counts = writeAtomically(file);
        out.println("Backed up " + counts + " to " + file);
        notExported.forEach(missing -> out.println("Not in the backup, the import format has no place for it: " + missing));
        return 0;
    }

    private RecordCounts writeAtomically(Path file) throws IOException {
        var partial = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".partial");
        try {
            RecordCounts counts;
            try (var stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                counts = exporter.exportTo(stream);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
