package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organisation matcher on the demo dataset's 27 organisations: names with their acronyms in either order. */
class OrganisationIndexTests {

    private final OrganisationIndex index = DemoOrganisations.index();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISHR | org:ishr
            the International Service for Human Rights | org:ishr
            International Service for Human Rights (ISHR) | org:ishr
            ISHR (International Service for Human Rights) | org:ishr
            ISHR – International Service for Human Rights | org:ishr
            International Service for Human Rights - ISHR | org:ishr
            FIDH — International Federation for Human Rights | org:fidh
            FIDH: International Federation for Human Rights | org:fidh
            CIVICUS: World Alliance for Citizen Participation | org:civicus
            FORUM-ASIA | org:forum-asia
            Asian Forum for Human Rights and Development (FORUM-ASIA) | org:forum-asia
            International Bar Association – Human Rights Institute | org:international-bar-association-human-rights-institute
            International Bar Association Human Rights Institute | org:international-bar-association-human-rights-institute
            Human Rights Watch (HRW) | org:human-rights-watch
            Int'l Service for Human Rights | org:ishr
            Campaign for Uyghurs (CFU) | org:campaign-for-uyghurs
            HRW | org:human-rights-watch
            Amnesty | org:amnesty-international
            ChinaAid | org:china-aid-association
            WUC | org:world-uyghur-congress
            World Alliance for Citizen Participation | org:civicus
            Fédération internationale pour les droits humains (FIDH) | org:fidh
            Federación Internacional por los Derechos Humanos (FIDH) | org:fidh
            Service international pour les droits de l'homme (ISHR) | org:ishr
            """)
    void namesWithTheirAcronymsInEitherOrder(String name, String id) {
        var match = index.match(name);

        assertThat(match.status()).as(name).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(match.id()).as(name).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} is no organisation of the graph")
    @CsvSource(delimiter = '|', textBlock = """
            Amnesty International – UK Section
            Amnesty International (UK Section)
            Amnesty International (USA)
            Human Rights Watch: Asia Division
            Front Line Defenders
            International Society for Human Rights (ISHR)
            CSW (Commission on the Status of Women)
            """)
    void aDashOrColonBesideNoAcronymIsPartOfTheName(String name) {
        assertThat(index.match(name).status()).as(name).isEqualTo(ResolutionStatus.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ISHR – CSW | org:ishr | org:csw
            """)
    void partsThatNameTwoOrganisationsAreAmbiguous(String name, String one, String other) {
        var match = index.match(name);

        assertThat(match.status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(match.candidates()).containsExactlyInAnyOrder(one, other);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Asian Forum (FORUM-ASIA) | Asian Forum | FORUM-ASIA
            FORUM-ASIA (Asian Forum) | Asian Forum | FORUM-ASIA
            FORUM-ASIA – Asian Forum | Asian Forum | FORUM-ASIA
            Asian Forum - FORUM-ASIA | Asian Forum | FORUM-ASIA
            NWC: New Watch Coalition | New Watch Coalition | NWC
            Amnesty International – UK Section | Amnesty International – UK Section | -
            Front Line Defenders | Front Line Defenders | -
            Asian Forum (FORUM-ASIA) Bangkok | Asian Forum (FORUM-ASIA) Bangkok | -
            """)
    void aNewOrganisationGetsItsNameAndAcronymApart(String written, String name, String acronym) {
        assertThat(OrganisationIndex.nameAndAcronym(written)).containsExactly(name, acronym);
    }

    /** Round 9: "Article 18" was ARTICLE 19 by a typo; a number changed is another name. */
    @Test
    void aNumberIsNoTypo_issue5() {
        var withNumbers = new OrganisationIndex(List.of(new OrganisationNames("org:article19", "ARTICLE 19", null, List.of()),
                new OrganisationNames("org:forum18", "Forum 18", null, List.of())));

        assertThat(withNumbers.match("Article 18").isResolved()).isFalse();
        assertThat(withNumbers.match("Forum 19").isResolved()).isFalse();
        assertThat(withNumbers.match("Artcle 19").id()).isEqualTo("org:article19");
    }
}
