package org.coalitiongraph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.junit.jupiter.api.Test;

class MergedNamesTests {

    @Test
    void keepsKeepsAliasesAndAddsEachNameOfMergeItDoesNotGoByAlready() {
        var keep = organisation(new OrganisationRecord("org:k", "Human Rights Watch", List.of("HRW", "hrw"), null,
                null, null, null, null));
        var merge = organisation(new OrganisationRecord("org:m", "Human  Rights Watch ", List.of("Watch", "hrw", ""),
                "HRW-Intl", null, null, null, null));

        // Keep's own aliases stay as they are, even its own repetitions: only what merge brings is checked.
        assertThat(keep.aliasesWith(merge)).containsExactly("HRW", "hrw", "HRW-Intl", "Watch");
    }

    @Test
    void aStateBringsItsNameAndFormalNameButNotItsCodes() {
        var keep = state(new StateRecord("state:CIV", "Côte d'Ivoire", null, "CIV", "CI", "the Republic of Côte d'Ivoire",
                null, null, null, null, null));
        // Decomposed accents: the same name, spelt with other code points.
        var merge = state(new StateRecord("state:XIC", "Ivory Coast", List.of("Co\u0302te d'Ivoire", "RCI"), "XIC", "XI",
                "THE REPUBLIC OF CÔTE D'IVOIRE", null, null, null, null, null));

        assertThat(keep.aliasesWith(merge)).containsExactly("Ivory Coast", "RCI");
    }

    @Test
    void mergedIdsCollectMergesOfMergesEachOnceButNeverKeepsOwnId() {
        var keep = organisation(new OrganisationRecord("org:k", "K", null, null, null, null, null, null,
                List.of("org:old")));
        var merge = organisation(new OrganisationRecord("org:m", "M", null, null, null, null, null, null,
                List.of("org:older", "org:old", "org:k")));

        assertThat(keep.mergedIdsWith(merge)).containsExactly("org:old", "org:m", "org:older");
    }

    @Test
    void theKindIsTheListTheRecordIsIn() {
        var document = new ImportDocument(ImportDocument.FORMAT_V1, null, null,
                List.of(new StateRecord("state:AAA", "A", null, null, null, null, null, null, null, null, null)),
                List.of(new OrganisationRecord("org:a", "A", null, null, null, null, null, null)),
                null, null, null, null, null);

        assertThat(MergedNames.of(document, "state:AAA")).get().extracting(MergedNames::kind).isEqualTo(ActorKind.STATE);
        assertThat(MergedNames.of(document, "org:a")).get().extracting(MergedNames::kind).isEqualTo(ActorKind.ORGANISATION);
        assertThat(MergedNames.of(document, "org:none")).isEmpty();
    }

    private static MergedNames state(StateRecord record) {
        return MergedNames.of(document(List.of(record), List.of()), record.id()).orElseThrow();
    }

    private static MergedNames organisation(OrganisationRecord record) {
        return MergedNames.of(document(List.of(), List.of(record)), record.id()).orElseThrow();
    }

    private static ImportDocument document(List<StateRecord> states, List<OrganisationRecord> organisations) {
        return new ImportDocument(ImportDocument.FORMAT_V1, null, null, states, organisations, null, null, null, null, null);
    }
}
