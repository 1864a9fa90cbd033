package org.coalitiongraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads Cypher by name from the {@code cypher/} resource root, e.g. {@code queries/statement/page}
 * for {@code cypher/queries/statement/page.cypher}. Each file is read once.
 */
@Component
public final class CypherQueries {

    private final ConcurrentMap<String, String> cache = new ConcurrentHashMap<>();

    public String get(String name) {
        return cache.computeIfAbsent(name, CypherQueries::read);
    }

    private static String read(String name) {
        var resource = new ClassPathResource("cypher/" + name + ".cypher");
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No Cypher file " + resource.getPath(), e);
        }
    }
}
