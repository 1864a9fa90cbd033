package org.coalitiongraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit suite of the npm package {@code graphql-http}, as pinned in {@code src/test/graphql-http/}:
 * installed with {@code npm ci} into {@code target/graphql-http/} (again only when the lock file
 * changes) and run with node against an endpoint. Needs node and npm on the PATH; {@code .ci/run}
 * installs them where they are missing.
 */
final class GraphQlHttpAuditSuite {

    private static final Path SOURCE = Path.of("src", "test", "graphql-http");
    private static final Path INSTALL = Path.of("target", "graphql-http");
    /** A copy of the lock file {@code npm ci} last installed from, written once it succeeded. */
    private static final String INSTALLED_LOCK = ".installed-package-lock.json";
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "audit.mjs");
    private static final long INSTALL_TIMEOUT_SECONDS = 300;
    private static final long AUDIT_TIMEOUT_SECONDS = 120;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What {@code audit.mjs} prints. */
    record Report(String graphqlHttp, String url, List<Result> results) {
    }

    /**
     * One audit: {@code status} is {@code ok}, graphql-http's {@code error} (failed MUST), {@code warn}
     * (failed SHOULD) or {@code notice} (failed MAY), or {@code fatal} when it could not run at all.
     * The HTTP fields describe the response of a failed audit.
     */
    record Result(String id, String name, String status, String reason, Integer httpStatus, String contentType,
                  String body) {

        String level() {
            return name.substring(0, name.indexOf(' '));
        }

        boolean passed() {
            return "ok".equals(status);
        }

        String describe() {
            return passed() ? id + " " + name : "%s %s: %s [%s] (HTTP %s, %s) %s".formatted(
                    id, name, reason, status, httpStatus, contentType, body == null ? "" : body.strip());
        }
    }

    private GraphQlHttpAuditSuite() {
    }

    static Report run(String url) throws IOException, InterruptedException {
        install();
        var output = INSTALL.resolve("audit-result.json");
        var log = INSTALL.resolve("audit.log");
        run(List.of("node", "audit.mjs", url), output, log, AUDIT_TIMEOUT_SECONDS);
        return JSON.readValue(output.toFile(), Report.class);
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALL);
        for (var file : FILES) {
            Files.copy(SOURCE.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        var lock = Files.readString(SOURCE.resolve("package-lock.json"));
        var installed = INSTALL.resolve(INSTALLED_LOCK);
        if (Files.isDirectory(INSTALL.resolve("node_modules")) && Files.exists(installed)
                && Files.readString(installed).equals(lock)) {
            return;
        }
        Files.deleteIfExists(installed);
        // The packages run no install scripts; none may run.
        var log = INSTALL.resolve("npm-ci.log");
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), log, log, INSTALL_TIMEOUT_SECONDS);
        Files.writeString(installed, lock);
    }

    /** Runs a command in the install folder; fails with the end of its log unless it exits 0 in time. */
    private static void run(List<String> command, Path output, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).directory(INSTALL.toFile()).redirectOutput(output.toFile());
        if (output.equals(log)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(log.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException notFound) {
            throw new IllegalStateException("'" + command.getFirst() + "' could not be started: the GraphQL-over-HTTP"
                    + " audit needs node and npm on the PATH (.ci/run installs Debian's nodejs and npm)", notFound);
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("'%s' did not finish within %d s; log %s:%n%s"
                    .formatted(String.join(" ", command), timeoutSeconds, log.toAbsolutePath(), tail(log)));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("'%s' exited with %d; log %s:%n%s"
                    .formatted(String.join(" ", command), process.exitValue(), log.toAbsolutePath(), tail(log)));
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
