package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;

import org.coalitiongraph.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5, reviews of the eighth and tenth rounds' rules: inputs they read wrong before these fixes (a signatory made
 * NOT_SIGNED by a spreadsheet's trailing tab, a region word that completes a wrapped name, a name's description taken for a
 * heading, an organisation after "Dr." taken for a person; a national organisation with its state read as a town, a list
 * of abbreviations that ended the list, a note that withdrew a signature read as one of joining …), and inputs that took
 * seconds.
 */
class ReviewFindingsTests {

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void readsAsPrinted_issue5(String layout, ActorKind kind, String text, String expected) {
        var resolver = new SignatoryListResolver(ReferenceStates.index(), DemoOrganisations.index(), DemoOrganisations.index().ids());
        var list = resolver.resolve(SignatoryListParser.parse(text), kind);
        assertThat(list.items()).as(layout).map(item -> switch (item.status()) {
            case MATCHED -> item.actorId();
            case NEW_ORGANISATION -> "new " + item.text();
            default -> item.text() + "=" + item.status();
        }).containsExactly(expected.split("; "));
    }

    static Stream<Arguments> lists() {
        var org = ActorKind.ORGANISATION;
        var state = ActorKind.STATE;
        return Stream.of(
                Arguments.of("F1 trailing tab under Signed", state, "Country\tSigned\nAlbania\tYes\t\nAustria\tYes\t\n", "state:ALB; state:AUT"),
                Arguments.of("F1 trailing tab under ISO", state, "Country\tISO\nAlbania\tALB\t\nAustria\tAUT\t\n", "state:ALB; state:AUT"),
                Arguments.of("F1 trailing tab under Country", org, "Organisation\tCountry\nHuman Rights Watch\tUSA\t\nJustice for All\tUganda\t\n",
                        "org:human-rights-watch; new Justice for All"),
                Arguments.of("F2 empty Signature cells, no row says yes", org,
                        "Organisation\tCountry\tSignature\nHuman Rights Watch\tUSA\t\nAmnesty International\tUK\t\n",
                        "org:human-rights-watch; org:amnesty-international"),
                Arguments.of("F2 Status column marks observers only", state, "Country\tStatus\nAlbania\t\nArgentina\t\nHoly See\tObserver\n",
                        "state:ALB; state:ARG; state:VAT; Observer=UNKNOWN"),
                Arguments.of("F3 region word as a wrapped line (state)", state, "Albania\nSouth\nAfrica\nSpain\n", "state:ALB; state:ZAF; state:ESP"),
                Arguments.of("F3 region word as a wrapped line (org)", org, "Human Rights Watch\nFORUM-\nASIA\nFIDH\n",
                        "org:human-rights-watch; org:forum-asia; org:fidh"),
                Arguments.of("F4 colon rule eats a name (lower-case word)", org,
                        "Human Rights Watch\nCommittee to Protect Journalists: an independent nonprofit organization\nAmnesty International\n",
                        "org:human-rights-watch; new Committee to Protect Journalists; org:amnesty-international"),
                Arguments.of("F4 colon rule eats a name ('Organisation')", org,
                        "Human Rights Watch\nWorld Organisation Against Torture: a coalition of over 200 NGOs\nAmnesty International\n",
                        "org:human-rights-watch; new World Organisation Against Torture; org:amnesty-international"),
                Arguments.of("F5 honorific before an organisation", org,
                        "Amnesty International\nDr. Ambedkar International Mission\nImam Al-Sadiq Organization\nDr. Hadi Rights Watch\n",
                        "org:amnesty-international; new Dr. Ambedkar International Mission; new Imam Al-Sadiq Organization; new Dr. Hadi Rights Watch"),
                Arguments.of("F6 title 'of' a known organisation", org, "Kenneth Roth, Executive Director of Human Rights Watch\nFIDH\n",
                        "Kenneth Roth=PERSON; org:human-rights-watch; org:fidh"),
                Arguments.of("F7 organisation, title, name", org, "Amnesty International\nJustice for All, Executive Director, Jane Roe\n",
                        "org:amnesty-international; new Justice for All; Executive Director=PERSON; Jane Roe=PERSON"),
                Arguments.of("F9 section after a dash is cut off", org, "Amnesty International – the Netherlands\nHuman Rights Watch\n",
                        "new Amnesty International – the Netherlands; org:human-rights-watch"),
                Arguments.of("F11 two-row PDF columns at the top", state, "Albania      Lithuania\nAustria      Malta\n",
                        "state:ALB; state:LTU; state:AUT; state:MLT"),
                // The tenth round's review.
                Arguments.of("H1 a national organisation with its state in parentheses is asked about, not made a place", org,
                        "Signed by: Human Rights Watch, Odhikar (Bangladesh), Amnesty International, Karapatan (Philippines).",
                        "org:human-rights-watch; Odhikar (Bangladesh)=UNKNOWN; org:amnesty-international; Karapatan (Philippines)=UNKNOWN"),
                Arguments.of("H3 the same in entries separated by semicolons", org,
                        "Human Rights Watch, Viasna (Belarus); FIDH, Memorial (Russian Federation); CIVICUS",
                        "org:human-rights-watch; Viasna (Belarus)=UNKNOWN; org:fidh; Memorial (Russian Federation)=UNKNOWN; org:civicus"),
                Arguments.of("H4 abbreviations between two lists end at the next heading", org, """
                        Submitted by: ISHR, CIVICUS
                        Abbreviations
                        INSEC Informal Sector Service Centre
                        Endorsed by:
                        Informal Sector Service Centre (INSEC)
                        Human Rights Watch
                        """, "org:ishr; org:civicus; new Informal Sector Service Centre (INSEC); org:human-rights-watch"),
                Arguments.of("H5 sentence-case names with a linking word are no headings", org, """
                        Amnesty International
                        Confederation of trade unions
                        Collectif des associations
                        """, "org:amnesty-international; new Confederation of trade unions; new Collectif des associations"),
                Arguments.of("H6 a Markdown heading that is an organisation's name", org, """
                        ## Signatories
                        ### Human Rights Watch
                        Kenneth Roth, Executive Director
                        ### Advocacy Forum
                        """, "org:human-rights-watch; Kenneth Roth=PERSON; Executive Director=PERSON; new Advocacy Forum"),
                Arguments.of("H8 an empty box on a line with a place", org, """
                        - [x] Amnesty International, United Kingdom
                        - [ ] Freedom House, United States
                        - [x] Human Rights Watch, United States
                        """, "org:amnesty-international; United Kingdom=PLACE; Freedom House=NOT_SIGNED; United States=NOT_SIGNED;"
                        + " org:human-rights-watch; United States=PLACE"),
                Arguments.of("H9 a name struck through among others", org,
                        "Signed by: Amnesty International, ~~Safeguard Defenders~~, Human Rights Watch",
                        "org:amnesty-international; Safeguard Defenders=NOT_SIGNED; org:human-rights-watch"),
                Arguments.of("H10 two names in two scripts on a wrapped line are two", org, """
                        The statement is signed by: Amnesty International, Human Rights Watch,
                        ОВД-Инфо, Civil Rights Defenders.
                        """, "org:amnesty-international; org:human-rights-watch; new ОВД-Инфо; new Civil Rights Defenders"),
                Arguments.of("H12 an acronym is no note", org, "Human Rights Watch\nThe Border Consortium (TBC)\n",
                        "org:human-rights-watch; new The Border Consortium (TBC)"),
                Arguments.of("H14 a note that doubts the signature is asked about", org,
                        "Human Rights Watch\nSafeguard Defenders (since withdrawn)\nJustice for All (added in error)\n",
                        "org:human-rights-watch; Safeguard Defenders (since withdrawn)=UNKNOWN; Justice for All (added in error)=UNKNOWN"),
                Arguments.of("H15 and for a state", state, "Albania\nChile (since withdrawn)\nEstonia\n", "state:ALB; Chile (since withdrawn)=UNKNOWN; state:EST"),
                Arguments.of("H18 an organisation of one word, then a person and what they do", org,
                        "Human Rights Watch\nViasna, Ales Bialiatski (human rights defender)\nAdvocacy Forum\n",
                        "org:human-rights-watch; new Viasna; Ales Bialiatski (human rights defender)=PERSON; new Advocacy Forum"));
    }

    @Test
    void oneNameWithTwoAcronymsIsTwoOrganisations_issue5() {
        var resolver = new SignatoryListResolver(ReferenceStates.index(), DemoOrganisations.index(), DemoOrganisations.index().ids());
        var items = resolver.resolve(SignatoryListParser.parse("Centre for Human Rights (CHR-Uganda)\nCentre for Human Rights (CHR-Nigeria)\n"),
                ActorKind.ORGANISATION).items();
        assertThat(items.get(0).actorId()).isNotEqualTo(items.get(1).actorId());
    }

    @Test
    void aKnownOrganisationInParenthesesIsNoTown_issue5() {
        var resolver = new SignatoryListResolver(ReferenceStates.index(), DemoOrganisations.index(), DemoOrganisations.index().ids());
        var items = resolver.resolve(SignatoryListParser.parse("""
                Human Rights Watch (New York, USA)
                Uyghur Human Rights Project (Washington, DC)
                DefendDefenders (Uganda)
                Campaign for Uyghurs (USA)
                Dolkun Isa (World Uyghur Congress)
                """), ActorKind.ORGANISATION).items();
        assertThat(items).noneMatch(item -> item.text().equals("World Uyghur Congress") && item.status() == ItemStatus.PLACE);
    }

    @Test
    void columnGapsOnOneLongLineInTime_issue5() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> PastedText.of("a   ".repeat(65_536)));
    }

    @Test
    void aMarkdownHeadingWithARunOfSpacesInTime_issue5() {
        // Before: over 120 s for a heading's 6,000 spaces (the pattern for its end backtracked as the cube of the run).
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> PastedText.of("# a" + " ".repeat(6_000) + "b\n# c" + " \t".repeat(3_000)));
    }

    @Test
    void aTableRowOfSpacesInTime_issue5() {
        // The table rows' cells were stripped by patterns that took 14 s and 30 s on 100,000 spaces.
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> PastedText.of("| a" + " ".repeat(100_000) + "b | c |\n| d |"));
    }
}
