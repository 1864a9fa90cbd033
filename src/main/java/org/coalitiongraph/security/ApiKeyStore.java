package org.coalitiongraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys the service accepts, by hash: those configured and those in the keys file, one per
 * line as {@code hash<TAB>role<TAB>name<TAB>created}. The file is read again when it changes, at
 * most once a second, so a key made with {@code api-key create} works at once.
 */
public final class ApiKeyStore {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyStore.class);
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final Path file;
    private final Map<String, ApiKey> configured = new HashMap<>();
    private volatile Map<String, ApiKey> fromFile = Map.of();
    /** The file's modification time and size when last read: a rewrite within one tick of the clock still shows. */
    private volatile String fileVersion;
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;

    public ApiKeyStore(Path file, List<SecurityProperties.ConfiguredKey> configuredKeys) {
        this.file = file;
        configuredKeys.forEach(key -> configured.put(key.hash().strip().toLowerCase(),
                new ApiKey(key.name(), key.role(), key.hash(), null)));
    }

    public Optional<ApiKey> find(String secret) {
        var hash = ApiKey.hash(secret);
        var key = configured.get(hash);
        return key != null ? Optional.of(key) : Optional.ofNullable(current().get(hash));
    }

    public boolean isEmpty() {
        return configured.isEmpty() && current().isEmpty();
    }

    /** Makes a key, stores its hash in the keys file and returns the key, which is never stored. */
    public String create(String name, Role role) {
        if (name == null || name.isBlank() || name.contains("\t") || name.contains("\n")) {
            throw new IllegalArgumentException("A key's name must be one line of text without tabs");
        }
        var secret = ApiKey.generateSecret();
        var line = String.join("\t", ApiKey.hash(secret), role.name(), name.strip(), Instant.now().toString()) + "\n";
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the keys file " + file, e);
        }
        return secret;
    }

    public Path file() {
        return file;
    }

    private Map<String, ApiKey> current() {
        var now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            reloadIfChanged();
        }
        return fromFile;
    }

    private synchronized void reloadIfChanged() {
        try {
            var version = Files.exists(file) ? Files.getLastModifiedTime(file) + "/" + Files.size(file) : null;
            if (version == null ? fileVersion == null : version.equals(fileVersion)) {
                return;
            }
            fromFile = version == null ? Map.of() : read(file);
            fileVersion = version;
        } catch (IOException | RuntimeException e) {
            // Keep the keys read last: a file being written or briefly unreadable must not lock everyone out.
            log.warn("Could not read the API keys file {}: {}", file, e.getMessage());
        }
    }

    private static Instant created(String[] fields) {
        try {
            return fields.length > 3 && !fields[3].isBlank() ? Instant.parse(fields[3].strip()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, ApiKey> read(Path file) throws IOException {
        var keys = new HashMap<String, ApiKey>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\t", -1);
            var role = fields.length >= 3 ? Role.parse(fields[1]) : Optional.<Role>empty();
            if (role.isEmpty()) {
                // One bad line costs that key, not every key: the others stay valid, revocations take effect.
                log.warn("Ignoring a line of the API keys file {}: expected hash, role and name", file);
                continue;
            }
            keys.put(fields[0].strip().toLowerCase(), new ApiKey(fields[2], role.get(), fields[0], created(fields)));
        }
        return Map.copyOf(keys);
    }
}
