package org.coalitiongraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coalitiongraph.audit.Write;
import org.coalitiongraph.cli.CliCommand;
import org.coalitiongraph.cli.UsageException;
import org.coalitiongraph.resolve.ItemStatus;
import org.coalitiongraph.resolve.StateResolver;
import org.coalitiongraph.security.Caller;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * {@code import-statements <file> [--dry-run]}: imports statements as {@code importStatements} does,
 * from a file (JSON or CSV, by its extension or else its first character). Prints the report: what
 * was created, found as given or changed, every name with what it resolved to, the new
 * organisations, and the problems. Exit code 0 when the import is sound, 1 when it has problems
 * (nothing is written then).
 */
@Component
final class ImportStatementsCommand implements CliCommand {

    static final String DRY_RUN = "--dry-run";

    private final StatementImports imports;

    ImportStatementsCommand(StatementImports imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-statements";
    }

    @Override
    public String usage() {
        return "import-statements <file> [--dry-run]  imports statements from a JSON or CSV file (see docs/import-format.md);"
                + " --dry-run reports and writes nothing";
    }

    @Override
    public Set<String> flags() {
        return Set.of(DRY_RUN);
    }

    /** Signatories must resolve to states: against a database without them, none would. */
    @Override
    public List<String> datasets() {
        return List.of(StateResolver.REFERENCE_STATES);
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        var files = args.stream().filter(arg -> !arg.equals(DRY_RUN)).toList();
        if (files.size() != 1) {
            throw new UsageException("takes one file to import, and optionally " + DRY_RUN);
        }
        var file = Path.of(files.getFirst());
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toAbsolutePath().toString(), null, "no such file");
        }
        var text = Files.readString(file, StandardCharsets.UTF_8);
        var dryRun = args.contains(DRY_RUN);
        var report = imports.importText(text, ImportFormat.of(file.getFileName().toString(), text), dryRun,
                file.toString(), new Write(Caller.system("import-statements " + file.toAbsolutePath()), name()),
                TransactionConfig.empty());
        print(report, file, out);
        return report.problems().isEmpty() ? 0 : 1;
    }

    static void print(ImportReport report, Path file, PrintStream out) {
        out.println((report.dryRun() ? "Dry run of " : "Import of ") + file + " (" + report.shape() + "): "
                + (!report.problems().isEmpty() ? "nothing written, " + report.problems().size() + " problem(s)"
                : report.applied() ? "written" : report.changes() ? "nothing written (dry run)" : "nothing to write, the graph has it all"));
        for (var count : report.counts()) {
            if (count.created() + count.unchanged() + count.changed() > 0) {
                out.println("  " + count.kind() + ": " + count.created() + " created, " + count.unchanged()
                        + " already there, " + count.changed() + " changed");
            }
        }
        if (!report.newOrganisations().isEmpty()) {
            out.println("New organisations:");
            report.newOrganisations().forEach(o -> out.println("  " + o.id() + "\t" + o.name()
                    + (o.acronym() == null ? "" : " (" + o.acronym() + ")")));
        }
        if (!report.names().isEmpty()) {
            out.println("Names:");
            for (var imported : report.names()) {
                var name = imported.name();
                out.println("  " + imported.at() + "\t" + name.input() + "\t" + name.status()
                        + (name.actorId() == null ? "" : "\t" + name.actorId())
                        + (name.status() == ItemStatus.MATCHED ? "\t" + name.matchedBy().name().toLowerCase(Locale.ROOT)
                                + " '" + name.matched() + "'" : "")
                        + (name.candidates().isEmpty() ? "" : "\tcandidates: " + String.join(", ", name.candidates())));
            }
        }
        if (!report.problems().isEmpty()) {
            out.println("Problems:");
            report.problems().forEach(problem -> out.println("  " + problem));
        }
    }
}
