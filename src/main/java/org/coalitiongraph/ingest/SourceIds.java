package org.coalitiongraph.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The id of a source known only by its address: {@code src:}, the host as a slug and the first 10
 * hex digits of the SHA-256 of the whole address, e.g. {@code src:amnesty-ca-3f2a…}. The same
 * address always gives the same id, so importing it again finds the source it made; two addresses
 * on one host get different ids; and the id stays short whatever the address's length.
 */
final class SourceIds {

    private static final int HASH_DIGITS = 10;
    private static final int MAX_HOST = 60;

    private SourceIds() {
    }

    static String of(String address) {
        var text = address.strip();
        return "src:" + hostSlug(text) + "-" + HexFormat.of().formatHex(sha256(text)).substring(0, HASH_DIGITS);
    }

    private static String hostSlug(String address) {
        String host = null;
        try {
            host = URI.create(address).getHost();
        } catch (IllegalArgumentException e) {
            // Not a well-formed URI: the hash alone tells it apart.
        }
        if (host == null) {
            return "web";
        }
        var slug = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        slug = slug.length() > MAX_HOST ? slug.substring(0, MAX_HOST) : slug;
        return slug.isEmpty() ? "web" : slug;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
