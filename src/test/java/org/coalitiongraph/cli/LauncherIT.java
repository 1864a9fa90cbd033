package org.coalitiongraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: {@code bin/coalition-graph}, the README's way to run a command of the packaged jar, gives
 * the jar's answer on standard output and nothing else there, and on a JDK 25 or later makes its AOT
 * cache once per build and then starts from it. Runs after {@code package}, on the jar it made, copied
 * into a folder of its own so that its cache is not the developer's.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin", "coalition-graph").toAbsolutePath();
    private static final List<String> RESOLVE = List.of("resolve-states", "Alemania", "Gambia, The", "Kyrgyztan");
    /** What {@code resolve-states} prints for them, and nothing else: one line a name, tab-separated. */
    private static final String RESOLVED = """
            Alemania\tRESOLVED\tstate:DEU\ttranslation 'Alemania'
            Gambia, The\tRESOLVED\tstate:GMB\tname 'Gambia'
            Kyrgyztan\tRESOLVED\tstate:KGZ\ttypo 'Kyrgyzstan'
            """;

    @TempDir
    static Path folder;

    static Path jar;

    @BeforeAll
    static void copyTheJar() throws IOException {
        try (var built = Files.list(Path.of("target"))) {
            var packaged = built.filter(path -> path.getFileName().toString().matches("coalition-graph-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
            jar = Files.copy(packaged, folder.resolve(packaged.getFileName()));
        }
    }

    @Test
    void aCommandGivesItsAnswerAloneOnStandardOutputAndTheSecondRunStartsFromTheCache() throws Exception {
        var first = run(RESOLVE, "first", Map.of());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(RESOLVED);
        var cache = folder.resolve("aot").resolve("app.aot");
        if (Runtime.version().feature() < 25) {
            assertThat(cache).doesNotExist();
            return;
        }
        assertThat(first.err()).contains("Making the AOT cache");
        assertThat(cache).isNotEmptyFile();

        // AOTMode=on: the JVM stops rather than start without the cache.
        var second = run(RESOLVE, "second", Map.of("JAVA_OPTS", "-XX:AOTMode=on"));

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(RESOLVED);
        assertThat(second.err()).doesNotContain("Making the AOT cache");

        // Another collector from JAVA_OPTS replaces the launcher's (two would stop the JVM).
        var g1 = run(RESOLVE, "g1", Map.of("JAVA_OPTS", "-XX:+UseG1GC -XX:AOTMode=on"));

        assertThat(g1.exitCode()).isZero();
        assertThat(g1.out()).isEqualTo(RESOLVED);
    }

    @Test
    void onAJdkBefore25ItRunsThePlainJarWithOptionsThatJdkKnows() throws Exception {
        // It knows no AOT cache nor the "aot" log tag, and prints what it was given.
        var jdk = standInJdk("jdk21", """
                [ "$1" != -version ] || { echo 'openjdk version "21.0.5" 2024-10-15' >&2; exit 0; }
                for arg in "$@"; do
                  case "$arg" in
                    -XX:AOTCache*|*aot*) echo "Unrecognized option: $arg" >&2; exit 1 ;;
                  esac
                done
                printf '%s\n' "$@"
                """);

        var result = run(List.of("resolve-states", "Gambia, The", "*"), "jdk21",
                Map.of("JAVA_HOME", jdk.toString(), "JAVA_OPTS", "-XX:+UseG1GC -Dx=*"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList())
                .containsSubsequence("-XX:+UseG1GC", "-Dx=*", "-jar", jar.toString(), "resolve-states", "Gambia, The", "*")
                .doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void theUnVotesImportAloneStartsWithALargerHeap() throws Exception {
        var jdk = standInJdk("jdk-args", """
                [ "$1" != -version ] || { echo 'openjdk version "21.0.5" 2024-10-15' >&2; exit 0; }
                printf '%s\n' "$@"
                """);

        var unvotes = run(List.of("import-unvotes", "datasets/unvotes"), "heap-unvotes", Map.of("JAVA_HOME", jdk.toString()));
        var resolve = run(RESOLVE, "heap-resolve", Map.of("JAVA_HOME", jdk.toString()));
        var chosen = run(List.of("import-unvotes", "datasets/unvotes"), "heap-chosen",
                Map.of("JAVA_HOME", jdk.toString(), "JAVA_OPTS", "-Xms64m"));

        assertThat(unvotes.out().lines()).contains("-XX:InitialRAMPercentage=6.25", "-XX:MetaspaceSize=256m");
        assertThat(resolve.out().lines()).contains("-XX:MetaspaceSize=256m").doesNotContain("-XX:InitialRAMPercentage=6.25");
        // The user's options come after the launcher's: the JVM takes the last.
        assertThat(chosen.out().lines().toList()).containsSubsequence("-XX:InitialRAMPercentage=6.25", "-Xms64m", "-jar");
    }

    @Test
    void anOlderJavaIsNamedRatherThanRunIntoAStackTrace() throws Exception {
        // JAVA_TOOL_OPTIONS makes the JVM print a line before its version.
        var jdk = standInJdk("jdk17", """
                [ "$1" != -version ] || { echo 'Picked up JAVA_TOOL_OPTIONS: -Xss1m' >&2; echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0; }
                echo "ran $*"
                """);

        var result = run(RESOLVE, "jdk17", Map.of("JAVA_HOME", jdk.toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Java 17").contains("JDK 21 or later").contains("JAVA_HOME");
    }

    @Test
    void withoutAJavaItSaysWhereItLooked() throws Exception {
        var result = run(RESOLVE, "nojava", Map.of("JAVA_HOME", folder.resolve("no-jdk").toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("No java in " + folder.resolve("no-jdk").resolve("bin")).contains("JAVA_HOME");
    }

    @Test
    void withoutAJarItSaysHowToMakeOne() throws Exception {
        var result = run(RESOLVE, "nojar",
                Map.of("COALITION_JAR", folder.resolve("missing.jar").toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("No packaged jar").contains("./mvnw -B package -DskipTests");
    }

    /** A JDK folder whose {@code bin/java} is the given bash script. */
    private static Path standInJdk(String name, String script) throws IOException {
        var jdk = folder.resolve(name);
        var java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\n" + script);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return jdk;
    }

    /**
     * {@code bin/coalition-graph <arguments>} on a data directory of its own, with this JDK and this folder's jar,
     * named relative to the folder it runs in (as {@code bench/unvotes-import.sh} names it).
     */
    private static Result run(List<String> arguments, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(arguments);
        command.add("--coalition.embedded.data-directory=" + folder.resolve(name + "-db"));
        var out = folder.resolve(name + ".out");
        var err = folder.resolve(name + ".err");
        var builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove("SPRING_NEO4J_URI");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("COALITION_AOT");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("COALITION_JAR", jar.getFileName().toString());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took more than 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
