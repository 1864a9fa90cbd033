package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.coalitiongraph.actor.ActorKind;
import org.junit.jupiter.api.Test;

/** The names of a parsed list against the reference states: where "and" joins two names and where it is part of one. */
class SignatoryListResolverTests {

    private final SignatoryListResolver resolver = new SignatoryListResolver(ReferenceStates.index(),
            new OrganisationIndex(List.of()), Set.of());

    @Test
    void namesWithAndInThemStayWholeBetweenAnds() {
        var list = resolve("Bosnia and Herzegovina, Trinidad and Tobago and Antigua and Barbuda.");

        assertThat(list.items()).extracting(ResolvedItem::text)
                .containsExactly("Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda");
        assertThat(list.items()).extracting(ResolvedItem::actorId)
                .containsExactly("state:BIH", "state:TTO", "state:ATG");
    }

    @Test
    void andBetweenTwoNamesSplitsThem() {
        var list = resolve("Norway, Switzerland and the United Kingdom*, Saint Kitts and Nevis & Niger");

        assertThat(list.items()).extracting(ResolvedItem::text)
                .containsExactly("Norway", "Switzerland", "the United Kingdom", "Saint Kitts and Nevis", "Niger");
        assertThat(list.items()).extracting(ResolvedItem::actorId)
                .containsExactly("state:NOR", "state:CHE", "state:GBR", "state:KNA", "state:NER");
        assertThat(list.items()).extracting(ResolvedItem::marker).containsExactly(null, null, "*", null, null);
    }

    @Test
    void aPieceWhosePartsDoNotAllResolveIsReportedWhole() {
        var list = resolve("Sweden, Atlantis and Norway");

        assertThat(list.items()).extracting(ResolvedItem::text).containsExactly("Sweden", "Atlantis and Norway");
        assertThat(list.items().get(1).status()).isEqualTo(ItemStatus.UNKNOWN);
    }

    private ResolvedList resolve(String text) {
        return resolver.resolve(SignatoryListParser.parse(text), ActorKind.STATE);
    }
}
