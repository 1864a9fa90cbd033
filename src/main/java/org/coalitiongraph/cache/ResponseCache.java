package org.coalitiongraph.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.coalitiongraph.graph.GraphChanged;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a query that was answered before, for a caller of the same role, from memory. The graph
 * changes rarely and is read often (front ends repeat the same questions): an answer costs
 * milliseconds of CPU, a remembered one almost none. Every write through this service
 * ({@link GraphChanged}) forgets everything at once; writes that bypass it (another instance on the
 * same server, Cypher by hand) show after {@code ttl} at the latest. Only whole, error-free answers
 * to queries are kept; mutations never are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public final class ResponseCache implements WebGraphQlInterceptor {

    /**
     * @param enabled    whether answers are remembered at all
     * @param ttl        how long an answer is kept at most: the delay after which writes that
     *                   bypass this service show
     * @param maxEntries how many answers are kept, the least recently used going first
     * @param maxValues  answers with more values than this are not kept (they are rare and large)
     */
    @ConfigurationProperties("coalition.cache")
    public record Properties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration ttl,
            @DefaultValue("2000") int maxEntries, @DefaultValue("20000") int maxValues) {
    }

    private record Key(String document, String operationName, Map<String, Object> variables, String role) {
    }

    private record Remembered(ExecutionResult result, long storedAt) {
    }

    private final Properties properties;
    private final Map<Key, Remembered> entries;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean enabled;

    public ResponseCache(Properties properties) {
        this.properties = properties;
        this.enabled = properties.enabled();
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Remembered> eldest) {
                return size() > properties.maxEntries();
            }
        };
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enabled) {
            return chain.next(request);
        }
        var key = new Key(request.getDocument(), request.getOperationName(), request.getVariables(), role());
        var cached = lookUp(key);
        if (cached != null) {
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached)));
        }
        var startedAt = generation.get();
        return chain.next(request).doOnNext(response -> {
            if (response.isValid() && response.getErrors().isEmpty() && isQuery(key) && values(response.getExecutionResult().getData(), 0) <= properties.maxValues()) {
                store(key, response.getExecutionResult(), startedAt);
            }
        });
    }

    @EventListener
    void forgetAll(GraphChanged change) {
        synchronized (entries) {
            generation.incrementAndGet();
            entries.clear();
        }
    }

    /** For tests that write to the database behind the service's back. */
    public void setEnabled(boolean enabled) {
        synchronized (entries) {
            this.enabled = enabled;
            entries.clear();
        }
    }

    private ExecutionResult lookUp(Key key) {
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (System.nanoTime() - entry.storedAt() > properties.ttl().toNanos()) {
                entries.remove(key);
                return null;
            }
            return entry.result();
        }
    }

    /** Kept only if no write was published while it was computed: it might predate that write. */
    private void store(Key key, ExecutionResult result, long startedAt) {
        synchronized (entries) {
            if (generation.get() == startedAt) {
                entries.put(key, new Remembered(result, System.nanoTime()));
            }
        }
    }

    /** The answer's visibility depends on the caller's role (people not marked public, the audit log). */
    private static String role() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getAuthorities().stream().map(Object::toString).sorted().toList().toString();
    }

    private static boolean isQuery(Key key) {
        var operations = new Parser().parseDocument(key.document()).getDefinitionsOfType(OperationDefinition.class);
        var operation = operations.stream()
                .filter(o -> key.operationName() == null || Objects.equals(o.getName(), key.operationName()))
                .findFirst();
        return operation.isPresent() && operation.get().getOperation() == OperationDefinition.Operation.QUERY;
    }

    /** How many values an answer holds, counted up to a little past the limit. */
    private int values(Object data, int counted) {
        if (counted > properties.maxValues()) {
            return counted;
        }
        if (data instanceof Map<?, ?> map) {
            for (var value : map.values()) {
                counted = values(value, counted + 1);
            }
        } else if (data instanceof List<?> list) {
            for (var value : list) {
                counted = values(value, counted + 1);
            }
        }
        return counted;
    }
}
