package org.coalitiongraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An API key as the service stores it: never the key itself, only its SHA-256. A key is 32 random
 * bytes, so a fast hash is as safe as a slow one here and costs nothing per request.
 *
 * @param hash the SHA-256 of the key in lower-case hex
 */
public record ApiKey(String name, Role role, String hash, Instant createdAt) {

    private static final String PREFIX = "cg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new random key, e.g. {@code cg_3q2-…}; shown once to whoever creates it, stored only hashed. */
    public static String generateSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
