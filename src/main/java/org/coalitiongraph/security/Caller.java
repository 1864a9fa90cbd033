package org.coalitiongraph.security;

import java.util.Comparator;
import java.util.Optional;

import graphql.GraphQLContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sent a GraphQL request, captured once per request (see {@link CallerInterceptor}) and kept in
 * the GraphQL context, so that every data fetcher and batch loader sees the same caller whatever
 * thread it runs on.
 *
 * @param name   {@code key:} and the API key's name, {@code token:} and the token's subject, {@code system}
 *               for the service's own writes, or {@code anonymous}: never mistaken for one another
 * @param role   the highest role held, empty for anonymous callers
 * @param origin where the request came from, e.g. "graphql from 127.0.0.1"
 */
public record Caller(String name, Optional<Role> role, String origin) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Optional.empty(), "unknown");

    /** A caller for work the service does by itself or from its command line, e.g. loading a dataset. */
    public static Caller system(String origin) {
        return new Caller("system", Optional.of(Role.ADMIN), origin);
    }

    static Caller of(Authentication authentication, String origin) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Caller(ANONYMOUS.name(), Optional.empty(), origin);
        }
        var role = authentication.getAuthorities().stream()
                .map(authority -> Role.parse(authority.getAuthority()))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        var kind = authentication instanceof JwtAuthenticationToken ? "token:" : "key:";
        var name = authentication.getName();
        return new Caller(kind + (name == null || name.isBlank() ? "(no subject)" : name), role, origin);
    }

    /** The request's caller; anonymous where none was captured. */
    public static Caller of(GraphQLContext context) {
        Caller caller = context.get(Caller.class);
        return caller == null ? ANONYMOUS : caller;
    }

    public boolean isAuthenticated() {
        return !ANONYMOUS.name().equals(name) || role.isPresent();
    }

    public boolean has(Role required) {
        return role.map(held -> held.includes(required)).orElse(false);
    }

    /** Authenticated readers see people who are not marked public; nobody else does. */
    public boolean seesPrivatePeople() {
        return has(Role.READER);
    }
}
