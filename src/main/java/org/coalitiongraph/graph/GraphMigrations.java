package org.coalitiongraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before anything reads or writes it: applies every file in
 * {@code cypher/schema/} (idempotent, {@code IF NOT EXISTS}) and every data migration in
 * {@code cypher/migrations/} not yet recorded as a {@code :Migration} node, each in one transaction
 * with its record. A recorded migration whose file has changed stops the start: it would mean the
 * graph holds data that the files no longer describe.
 */
@Component
@Lazy(false) // commands run with lazy beans; the graph must be brought up to date all the same
public final class GraphMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);
    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    private final Driver driver;
    private final CypherQueries queries;
    private final String migrationsLocation;

    public GraphMigrations(Driver driver, CypherQueries queries,
            @Value("${coalition.migrations.location:classpath*:cypher/migrations/}") String migrationsLocation) {
        this.driver = driver;
        this.queries = queries;
        this.migrationsLocation = migrationsLocation;
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        applySchema();
        long schemaApplied = System.nanoTime();
        applyDataMigrations();
        log.info("Schema applied in {} ms, data migrations checked in {} ms",
                (schemaApplied - started) / 1_000_000, (System.nanoTime() - schemaApplied) / 1_000_000);
    }

    /**
     * All schema statements in one transaction, then one wait for the indexes: a transaction each made
     * every constraint wait for its own index before the next began (on a fresh database, about twice
     * as long as one transaction), and it is all or nothing.
     */
    private void applySchema() {
        var statements = resources("classpath*:cypher/schema/*.cypher").stream()
                .flatMap(file -> CypherScript.statements(content(file)).stream()).toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
    }

    private void applyDataMigrations() {
        var applied = driver.executableQuery(queries.get("graph/applied-migrations")).execute().records().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString()));
        for (var migration : migrations()) {
            var recorded = applied.get(migration.version());
            if (recorded == null) {
                apply(migration);
            } else if (!recorded.equals(migration.checksum())) {
                throw new IllegalStateException("Data migration V" + migration.version() + " (" + migration.description()
                        + ") was changed after it was applied; add a new migration instead of editing an applied one");
            }
        }
    }

    private void apply(Migration migration) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (var statement : CypherScript.statements(migration.script())) {
                    tx.run(statement).consume();
                }
                tx.run(queries.get("graph/record-migration"), Map.of(
                        "version", migration.version(),
                        "description", migration.description(),
                        "checksum", migration.checksum())).consume();
            });
        }
        log.info("Applied data migration V{} {}", migration.version(), migration.description());
    }

    private List<Migration> migrations() {
        var location = migrationsLocation.endsWith("/") ? migrationsLocation : migrationsLocation + "/";
        return resources(location + "V*__*.cypher").stream()
                .map(GraphMigrations::migration)
                .sorted(Comparator.comparingInt(Migration::version))
                .toList();
    }

    private static Migration migration(Resource file) {
        var matcher = MIGRATION_NAME.matcher(file.getFilename());
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration file name must be V<number>__<description>.cypher: " + file.getFilename());
        }
        var script = content(file);
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), script, sha256(script));
    }

    private static List<Resource> resources(String pattern) {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Migration(int version, String description, String script, String checksum) {
    }
}
