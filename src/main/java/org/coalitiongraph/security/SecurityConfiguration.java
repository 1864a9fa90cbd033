package org.coalitiongraph.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call: anyone may read (unless configured otherwise), with an API key or, where an identity
 * provider is configured, a bearer token. What each may do is decided per GraphQL field by
 * {@link AccessPolicy}, so that a refusal is a GraphQL error naming the field, not a bare HTTP 401.
 * Stateless: no sessions, no cookies, so no CSRF to guard against.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    ApiKeyStore apiKeyStore(SecurityProperties properties) {
        return new ApiKeyStore(properties.apiKeysFile(), properties.apiKeys());
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyStore keys, SecurityProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> GraphQlErrorResponse.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                                "Send an API key in the X-API-Key header or a bearer token"))
                        .accessDeniedHandler((request, response, e) -> GraphQlErrorResponse.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "Your role does not allow this")))
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            var converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(properties.jwt()));
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint((request, response, e) -> GraphQlErrorResponse.write(response,
                            HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                            "The bearer token is not valid: " + e.getMessage())));
        }
        return http.build();
    }
}
