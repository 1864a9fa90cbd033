package org.coalitiongraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coalitiongraph.ingest.ImportReader;

/** The demo dataset's organisations, as the resolver sees them, for tests without a database. */
final class DemoOrganisations {

    private static final Path FILE = Path.of("datasets/demo-hrc47.json");

    private static OrganisationIndex index;

    private DemoOrganisations() {
    }

    static synchronized OrganisationIndex index() {
        if (index == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                index = new OrganisationIndex(ImportReader.read(in, FILE.toString()).organisations().stream()
                        .map(o -> new OrganisationNames(o.id(), o.name(), o.acronym(), o.aliases())).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
