package org.coalitiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * The 2019–2020 Xinjiang statements file: where it lies beside the project ({@code ../shared/data}),
 * else the copy in the test resources (a clean clone may have no {@code ../shared}).
 */
public final class XinjiangFile {

    static final Path SHARED = Path.of("..", "shared", "data", "xinjiang-statements-2019-2020", "statements.json");
    private static final String COPY = "ingest/xinjiang-statements-2019-2020/statements.json";

    private XinjiangFile() {
    }

    public static String text() {
        try {
            return Files.isRegularFile(SHARED) ? Files.readString(SHARED, StandardCharsets.UTF_8)
                    : new ClassPathResource(COPY).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
