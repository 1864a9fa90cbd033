package org.coalitiongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are shown once, stored only hashed, accepted at once, and gone once revoked. */
class ApiKeyCommandTests {

    @TempDir
    Path folder;

    @Test
    void aCreatedKeyIsStoredHashedAndAcceptedByARunningStore() throws Exception {
        var file = folder.resolve("keys.tsv");
        var store = new ApiKeyStore(file, List.of());
        assertThat(store.isEmpty()).isTrue();

        var key = run("create", "--role", "editor", "--name", "ci bot", "--coalition.security.api-keys-file=" + file);

        assertThat(key).startsWith("cg_").hasSizeGreaterThan(40);
        assertThat(Files.readString(file)).doesNotContain(key).contains(ApiKey.hash(key)).contains("EDITOR\tci bot");
        Thread.sleep(1100); // the store looks at the file at most once a second
        assertThat(store.find(key)).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo("ci bot");
            assertThat(found.role()).isEqualTo(Role.EDITOR);
        });
        assertThat(store.find(key + "x")).isEmpty();
    }

    @Test
    void aRevokedKeyIsNoLongerAccepted() throws Exception {
        var file = folder.resolve("keys.tsv");
        var option = "--coalition.security.api-keys-file=" + file;
        var kept = run("create", "--role", "reader", "--name", "kept", option);
        var revoked = run("create", "--role", "admin", "--name", "leaver", option);

        assertThat(run("list", option)).contains("kept\treader").contains("leaver\tadmin").doesNotContain(kept);
        run("revoke", "leaver", option);

        var store = new ApiKeyStore(file, List.of());
        assertThat(store.find(revoked)).isEmpty();
        assertThat(store.find(kept)).isPresent();
    }

    @Test
    void aBadLineCostsOnlyItsOwnKey() throws Exception {
        var file = folder.resolve("keys.tsv");
        var key = run("create", "--role", "reader", "--name", "good", "--coalition.security.api-keys-file=" + file);
        Files.writeString(file, "garbage without tabs\nabc\tEMPEROR\tbad\n" + Files.readString(file).replace("\n", "\tnot-a-time\n"));

        assertThat(new ApiKeyStore(file, List.of()).find(key)).isPresent();
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        var err = new ByteArrayOutputStream();
        var code = ApiKeyCommand.run(List.of("create", "--role", "emperor", "--name", "x"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: api-key create --role reader|editor|admin");
    }

    @Test
    void configuredKeysAreMatchedByTheirHash() {
        var key = ApiKey.generateSecret();
        var store = new ApiKeyStore(folder.resolve("none.tsv"),
                List.of(new SecurityProperties.ConfiguredKey("deploy", Role.ADMIN, ApiKey.hash(key).toUpperCase())));
        assertThat(store.find(key)).hasValueSatisfying(found -> assertThat(found.role()).isEqualTo(Role.ADMIN));
        assertThat(store.isEmpty()).isFalse();
    }

    private static String run(String... args) {
        var out = new ByteArrayOutputStream();
        var code = ApiKeyCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
