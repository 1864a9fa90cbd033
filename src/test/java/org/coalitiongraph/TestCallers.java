package org.coalitiongraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.coalitiongraph.security.ApiKey;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The callers integration tests act as: one API key per role, configured by hash as a deployment
 * would, and bearer tokens signed by a key pair made for this test JVM, standing in for an identity
 * provider.
 */
public final class TestCallers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String READER_KEY = ApiKey.generateSecret();
    public static final String EDITOR_KEY = ApiKey.generateSecret();
    public static final String ADMIN_KEY = ApiKey.generateSecret();

    private static final KeyPair TOKEN_KEYS = rsaKeyPair();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        var keys = List.of(List.of("test-reader", "READER", READER_KEY), List.of("test-editor", "EDITOR", EDITOR_KEY),
                List.of("test-admin", "ADMIN", ADMIN_KEY));
        for (int i = 0; i < keys.size(); i++) {
            properties.put("coalition.security.api-keys[" + i + "].name", keys.get(i).get(0));
            properties.put("coalition.security.api-keys[" + i + "].role", keys.get(i).get(1));
            properties.put("coalition.security.api-keys[" + i + "].hash", ApiKey.hash(keys.get(i).get(2)));
        }
        properties.put("coalition.security.api-keys-file", Path.of("target", "test-api-keys.tsv").toAbsolutePath().toString());
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKeyFile());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-callers", properties));
    }

    /** A bearer token for {@code subject} with these roles in the {@code roles} claim, valid for an hour. */
    public static String token(String subject, String... roles) {
        return token(TOKEN_KEYS, subject, roles);
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String forgedToken(String subject, String... roles) {
        return token(rsaKeyPair(), subject, roles);
    }

    private static String token(KeyPair keys, String subject, String... roles) {
        var claims = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (roles.length > 0) {
            claims.claim("roles", List.of(roles));
        }
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static Path publicKeyFile() {
        var pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TOKEN_KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            var file = Files.createDirectories(Path.of("target")).resolve("test-token-key.pub").toAbsolutePath();
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
