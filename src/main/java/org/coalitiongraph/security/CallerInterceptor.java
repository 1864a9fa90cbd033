package org.coalitiongraph.security;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Captures the request's {@link Caller} on the servlet thread, where Spring Security put it. */
@Component
final class CallerInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var origin = "graphql from " + Optional.ofNullable(request.getRemoteAddress())
                .map(InetSocketAddress::getHostString).orElse("unknown");
        var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), origin);
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(Caller.class, caller)).build());
        return chain.next(request);
    }
}
