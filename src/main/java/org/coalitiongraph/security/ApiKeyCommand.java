package org.coalitiongraph.security;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code api-key create --role editor --name NAME | list | revoke NAME}: manages the keys file. Needs
 * no database, so it runs while the app runs, and the app picks the change up at once.
 */
public final class ApiKeyCommand {

    public static final String NAME = "api-key";
    public static final String USAGE = NAME + " create --role reader|editor|admin --name NAME | list | revoke NAME"
            + "    makes (shows once, stores hashed), lists or revokes API keys";
    private static final String FILE_OPTION = "--coalition.security.api-keys-file=";

    private ApiKeyCommand() {
    }

    /** @param args the arguments after {@code api-key}, with any {@code --coalition.security.api-keys-file=…} */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        var file = keysFile(args);
        var words = args.stream().filter(arg -> !arg.startsWith(FILE_OPTION)).toList();
        try {
            return switch (words.isEmpty() ? "" : words.getFirst()) {
                case "create" -> create(words, file, out, err);
                case "list" -> list(file, out);
                case "revoke" -> revoke(words, file, out, err);
                default -> usage(err);
            };
        } catch (IOException | RuntimeException e) {
            err.println("Could not change the keys file " + file.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int create(List<String> words, Path file, PrintStream out, PrintStream err) {
        var role = Role.parse(option(words, "--role"));
        var name = option(words, "--name");
        if (role.isEmpty() || name == null) {
            return usage(err);
        }
        var store = new ApiKeyStore(file, List.of());
        var secret = store.create(name, role.get());
        err.println("Created the key '" + name + "' with the role " + role.get().lowerCase() + "; only its hash is stored, in "
                + file.toAbsolutePath() + ". Keep the key now: it is not shown again. Send it as the X-API-Key header.");
        out.println(secret);
        return 0;
    }

    private static int list(Path file, PrintStream out) throws IOException {
        for (var line : lines(file)) {
            var fields = line.split("\t", -1);
            if (fields.length >= 3) {
                out.println(fields[2] + "\t" + fields[1].toLowerCase(Locale.ROOT) + "\t"
                        + (fields.length > 3 ? fields[3] : "") + "\tsha256:" + fields[0].substring(0, Math.min(12, fields[0].length())) + "…");
            }
        }
        return 0;
    }

    private static int revoke(List<String> words, Path file, PrintStream out, PrintStream err) throws IOException {
        if (words.size() != 2) {
            return usage(err);
        }
        var kept = new ArrayList<String>();
        int revoked = 0;
        for (var line : lines(file)) {
            var fields = line.split("\t", -1);
            if (fields.length >= 3 && fields[2].equals(words.get(1))) {
                revoked++;
            } else {
                kept.add(line);
            }
        }
        if (revoked == 0) {
            err.println("No key named '" + words.get(1) + "' in " + file.toAbsolutePath());
            return 1;
        }
        // Written aside and moved into place: the running app never reads a half-written file.
        var next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, kept, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("Revoked " + revoked + " key(s) named '" + words.get(1) + "'");
        return 0;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private static String option(List<String> words, String name) {
        int at = words.indexOf(name);
        return at >= 0 && at + 1 < words.size() ? words.get(at + 1) : null;
    }

    private static Path keysFile(List<String> args) {
        return args.stream().filter(arg -> arg.startsWith(FILE_OPTION)).map(arg -> Path.of(arg.substring(FILE_OPTION.length())))
                .findFirst()
                .orElseGet(() -> Path.of(System.getenv().getOrDefault("COALITION_SECURITY_API_KEYS_FILE", "data/api-keys.tsv")));
    }

    private static int usage(PrintStream err) {
        err.println("Usage: " + USAGE);
        return 2;
    }
}
