package org.coalitiongraph.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles of a bearer token from an identity provider: the service's role names found in the
 * configured claim (a list, or one string of names separated by spaces or commas; a dotted path
 * reaches into nested claims). A valid token without any gets the default role, if one is set, and
 * otherwise none: it then reads only what anonymous callers read.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final SecurityProperties.Jwt settings;

    JwtRoles(SecurityProperties.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object claim = jwt.getClaims();
        for (var step : settings.rolesClaim().split("\\.")) {
            claim = claim instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Stream<String> names = switch (claim) {
            case Collection<?> list -> list.stream().map(String::valueOf);
            case String text -> Stream.of(text.split("[\\s,]+"));
            case null, default -> Stream.empty();
        };
        var roles = names.map(Role::parse).flatMap(Optional::stream).distinct().toList();
        if (roles.isEmpty() && settings.defaultRole() != null) {
            roles = List.of(settings.defaultRole());
        }
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
