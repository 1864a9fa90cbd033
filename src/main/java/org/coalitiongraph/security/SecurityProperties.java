package org.coalitiongraph.security;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param anonymousReads whether callers without a key or token may read (people not marked public stay
 *                       hidden from them either way)
 * @param apiKeysFile    where {@code api-key create} stores the hashes of the keys it makes; read again
 *                       when it changes, so new keys work without a restart
 * @param apiKeys        keys given in configuration, by hash (for deployments without a writable disk)
 * @param jwt            how bearer tokens from an identity provider map to roles
 */
@ConfigurationProperties("coalition.security")
public record SecurityProperties(
        @DefaultValue("true") boolean anonymousReads,
        @DefaultValue("data/api-keys.tsv") Path apiKeysFile,
        List<ConfiguredKey> apiKeys,
        @DefaultValue Jwt jwt) {

    public SecurityProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }

    /** @param hash the key's SHA-256 in hex, as {@code api-key create} prints it */
    public record ConfiguredKey(String name, Role role, String hash) {
    }

    /**
     * @param rolesClaim  the claim that lists the caller's roles (reader, editor, admin); a dotted
     *                    path reaches into nested claims, e.g. {@code realm_access.roles}
     * @param defaultRole the role of a valid token that names none of them; none unless set, so
     *                    that a token issued for anything else on the same provider sees nothing
     *                    that is not public
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, Role defaultRole) {
    }
}
