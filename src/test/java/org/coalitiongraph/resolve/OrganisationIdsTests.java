package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrganisationIdsTests {

    @Test
    void anIdIsTheNamesFirstWords() {
        assertThat(OrganisationIds.newId("Society for Threatened Peoples (STP)", new HashSet<>())).isEqualTo("org:society-for-threatened-peoples");
    }

    @Test
    void aTakenIdGetsANumber() {
        var taken = new HashSet<>(Set.of("org:justice-for-all"));

        assertThat(OrganisationIds.newId("Justice for All", taken)).isEqualTo("org:justice-for-all-2");
        assertThat(taken).contains("org:justice-for-all-2");
    }

    /** Before: "org:----" and "org:-hong-kong-democracy-council". */
    @Test
    void wordsInOtherScriptsLeaveNoDashes_issue5() {
        var taken = new HashSet<String>();

        assertThat(OrganisationIds.newId("香港民主委員會 Hong Kong Democracy Council", taken)).isEqualTo("org:hong-kong-democracy-council");
        assertThat(OrganisationIds.newId("مركز القاهرة لدراسات حقوق الإنسان", taken)).isEqualTo("org:organisation");
        assertThat(OrganisationIds.newId("محامون من أجل العدالة في ليبيا", taken)).isEqualTo("org:organisation-2");
    }
}
