package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

/**
 * The reviewed voter table of the UNGA import and the resolver agree: every voter name, as the UNGA
 * files write it, resolves to the node the table puts its votes on. Two ways to the same answer.
 */
class VoterNamesResolveTests {

    private static final Path VOTERS = Path.of("datasets/unvotes/voters.csv");

    @Test
    void everyUngaVoterNameResolvesToTheNodeOfItsVotes() throws IOException {
        var index = ReferenceStates.index();
        var disagreements = new ArrayList<String>();
        var lines = Files.readAllLines(VOTERS);
        for (var line : lines.subList(1, lines.size())) {
            var columns = line.split(",", 4);
            var match = index.match(columns[0]);
            if (!match.isResolved() || !match.id().equals(columns[2])) {
                disagreements.add(columns[0] + ": table " + columns[2] + ", resolver " + match);
            }
        }
        assertThat(lines).hasSize(201);
        assertThat(disagreements).isEmpty();
    }
}
