package org.coalitiongraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coalitiongraph.ingest.ImportReader;

/** The states of the shipped reference dataset, as the resolver sees them, for tests without a database. */
final class ReferenceStates {

    static final Path FILE = Path.of("datasets/un-states.json");

    private static List<StateNames> states;
    private static StateIndex index;

    private ReferenceStates() {
    }

    static synchronized List<StateNames> states() {
        if (states == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                var document = ImportReader.read(in, FILE.toString());
                states = document.states().stream().map(state -> new StateNames(state.id(), state.name(),
                        state.formalName(), state.aliases(), state.iso3(), state.iso2())).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return states;
    }

    static synchronized StateIndex index() {
        if (index == null) {
            index = new StateIndex(states());
        }
        return index;
    }
}
