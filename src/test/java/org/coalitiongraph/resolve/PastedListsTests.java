package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.coalitiongraph.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5 regressions, sixth round of lists not in this repository: lists as they arrive when
 * copied from a PDF, a web page, Markdown or a spreadsheet, and the inverted names of statistical
 * tables. Each case failed before its fix by losing a signatory, adding a false one, or reporting
 * the page's furniture as names.
 */
class PastedListsTests {

    private final SignatoryListResolver resolver = new SignatoryListResolver(ReferenceStates.index(), DemoOrganisations.index(),
            DemoOrganisations.index().ids());

    /** Every item listed: a state's ISO3, or its status where it signs for no one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stateLists")
    void everyStateAndNothingElse_issue5(String layout, String text, String expected) {
        var list = resolver.resolve(SignatoryListParser.parse(text), ActorKind.STATE);

        assertThat(list.items()).as(layout).map(item -> item.actorId() != null ? item.actorId().replace("state:", "")
                : item.status().name()).containsExactly(expected.split(" "));
    }

    static Stream<Arguments> stateLists() {
        return Stream.of(
                Arguments.of("a table's qualifier wrapped after its comma", "Comoros, Congo,\nDem. Rep., Costa Rica", "COM COD CRI"),
                Arguments.of("names sorted by their main word, the article after a comma", "Bahamas, The\nGambia, The\nGhana", "BHS GMB GHA"),
                Arguments.of("when late joiners joined, in brackets", "Canada\nGhana [added 12 March 2025]\nPanama (joined 14 March 2025)",
                        "CAN GHA PAN"),
                Arguments.of("a note of a pending signature among others on its line is left for the reader", "Canada, Chile (pending), Peru",
                        "CAN UNKNOWN PER"),
                Arguments.of("a title that goes on into its list, a footnote below", """
                        Joint statement on the right to food — signatories: Brazil[1], Chile, Colombia[2]
                        [1] Joined on 3 May 2024.
                        [2] With a reservation on paragraph 4.
                        """, "BRA CHL COL"),
                Arguments.of("a numbered list run together, a number glued to its name", "1. Albania 2. Andorra 3. Cyprus 4.Czech Republic",
                        "ALB AND CYP CZE"),
                Arguments.of("UTF-8 read as Windows-1252 beside a dash read right",
                        "Draft resolution A/C.2/80/L.27 — Co-sponsors: CÃ´te dâ€™Ivoire, SÃ£o TomÃ© and PrÃ\u00adncipe, TÃ¼rkiye and Timor-Leste", "CIV STP TUR TLS"),
                Arguments.of("a former state in other words", "Albania, Serbia y Montenegro, Serbie et Monténégro, Croatia",
                        "ALB AMBIGUOUS AMBIGUOUS HRV"),
                Arguments.of("a title naming the states it is about, not its signatories", """
                        Joint statement on the human rights situation in the following countries: Eritrea, Belarus and Myanmar
                        Delivered on behalf of:
                        Australia
                        Germany
                        """, "AUS DEU"),
                Arguments.of("accented capitals, superscripts and no-break spaces are no mojibake", "PER\u00da\u00b9, HAIT\u00cd\u00b2, Panam\u00e1\u00a0\u00a0, CHILE",
                        "PER HTI PAN CHL"),
                Arguments.of("a list of states in French", "Pays signataires : Allemagne, Belgique, Côte d'Ivoire, Irlande, Islande et Suisse",
                        "DEU BEL CIV IRL ISL CHE"),
                Arguments.of("a qualifier joins the name before it, never the one after",
                        "Cuba, Egypt, Arab\nRep., Korea, Dem. People's Rep., Syria",
                        "CUB EGY PRK SYR"),
                Arguments.of("a qualifier wrapped over two lines", "Kenya, Korea,\nDemocratic People's\nRepublic of, Kuwait",
                        "KEN PRK KWT"),
                Arguments.of("'of the' wrapped", "Comoros, Congo, The Democratic Republic\nof the, Costa Rica", "COM COD CRI"),
                Arguments.of("words a PDF hyphenated at the line's end", "Latvia, Liech-\ntenstein, Guinea-\nBissau", "LVA LIE GNB"),
                Arguments.of("soft hyphens and zero-width spaces", "Liech\u00adten\u00adstein, Ira\u200bq, Esto\u00ad\nnia", "LIE IRQ EST"),
                Arguments.of("Andorra's code among codes", "ALB, AND, ARM, AUT", "ALB AND ARM AUT"),
                Arguments.of("a capital AND alone outside a list of codes is reported", "ALBANIA,\nAND\nAUSTRIA", "ALB UNKNOWN AUT"),
                Arguments.of("a UN document's head and foot", """
                        United Nations A/HRC/51/L.13
                        General Assembly Distr.: Limited
                        Original: English
                        Human Rights Council
                        Fifty-first session
                        12 September–7 October 2022
                        Agenda item 4
                        Albania,* Australia,* Belgium
                        GE.22-15008(E)
                        *2215008*
                        - 2 -
                        Page 2 of 3
                        Canada,* Czechia
                        """, "ALB AUS BEL CAN CZE"),
                Arguments.of("a web page's list with entities and tags",
                        "<ul><li>Antigua &amp; Barbuda</li><li>C&ocirc;te d&#39;Ivoire</li><li>S&atilde;o Tom&eacute; and Pr&iacute;ncipe"
                                + "</li></ul>", "ATG CIV STP"),
                Arguments.of("Markdown: emphasis, links, a table", """
                        **Signatories:**
                        - **Australia**
                        - [Canada](https://www.international.gc.ca)
                        | Country | Signed |
                        |---|---|
                        | Albania |
                        """, "AUS CAN ALB"),
                Arguments.of("a web page's buttons and dates", "Albania, Austria\nShare this page\nPrint\nBack to top\n"
                        + "Date modified: 2021-06-22\nIs this page useful?\nYes\nNo", "ALB AUT"),
                Arguments.of("ligatures", "Paci\ufb01c Islands Forum members: Fiji, Tuvalu", "FJI TUV"),
                Arguments.of("'the following States:' below a line that is no title (round 8: Albania was part of a group's name)",
                        "IAEA Board of Governors\nDelivered by Canada on behalf of the following States: Albania, Canada, Australia",
                        "UNKNOWN ALB CAN AUS"),
                Arguments.of("headings with the names after their colon, below a title (round 8)",
                        "Human Rights Council – 54th session\nSignatories: Albania, Australia\nSupported by: Austria, Chile",
                        "UNKNOWN ALB AUS AUT CHL"),
                Arguments.of("'sponsored by', 'is also joined by' in sentences (round 8)",
                        "The draft resolution was introduced, sponsored by Belarus, Bolivia (Plurinational State of) and China.\n"
                                + "This statement is also joined by Albania and Georgia.", "UNKNOWN BLR BOL CHN ALB GEO"),
                Arguments.of("a PDF's two columns copied row by row (round 8)",
                        "Bosnia and Herzegovina      Lesotho\nNiger                       Nigeria\nGuinea   Guinea-Bissau",
                        "BIH LSO NER NGA GIN GNB"),
                Arguments.of("one line spaced out is one name", "Bosnia   and   Herzegovina\nChad", "BIH TCD"));
    }

    @Test
    void theUnLegendExplainsTheAsteriskPrintedAfterTheComma_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse(
                "Albania,* Australia,* Austria, Belgium\n* Non-member State of the Human Rights Council"), ActorKind.STATE);

        assertThat(list.items()).extracting(ResolvedItem::actorId, ResolvedItem::marker).containsExactly(tuple("state:ALB", "*"),
                tuple("state:AUS", "*"), tuple("state:AUT", null), tuple("state:BEL", null));
        assertThat(list.legend()).containsEntry("*", "Non-member State of the Human Rights Council");
    }

    @Test
    void aSuperscriptAfterTheCommaIsTheMarkerOfTheNameBefore_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("Albania,\u00b9 Andorra,\u00b2 Austria, Belgium\u00b9\n"
                + "\u00b9 EU candidate country\n\u00b2 Observer"), ActorKind.STATE);

        assertThat(list.items()).extracting(ResolvedItem::actorId, ResolvedItem::marker).containsExactly(tuple("state:ALB", "\u00b9"),
                tuple("state:AND", "\u00b2"), tuple("state:AUT", null), tuple("state:BEL", "\u00b9"));
    }

    /** "Amnesty International (International)" was a new organisation beside Amnesty International. */
    @Test
    void aPlaceInParenthesesOrAfterADashIsNoPartOfTheName_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("""
                Signed,
                Amnesty International (International)
                Human Rights Watch (New York, USA)
                DefendDefenders – Uganda
                Uyghur Rights Group (Germany)
                """), null);

        assertThat(list.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Amnesty International", ItemStatus.MATCHED), tuple("International", ItemStatus.PLACE),
                tuple("Human Rights Watch", ItemStatus.MATCHED), tuple("New York, USA", ItemStatus.PLACE),
                tuple("DefendDefenders", ItemStatus.MATCHED), tuple("Uganda", ItemStatus.PLACE),
                tuple("Uyghur Rights Group", ItemStatus.NEW_ORGANISATION), tuple("Germany", ItemStatus.PLACE));
    }

    /** Read as places only where the list prints them so: one "(USA)" may be a national section. */
    @Test
    void oneNameWithACountryInParenthesesKeepsIt_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("Amnesty International (USA), Human Rights Watch"), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::text).containsExactly("Amnesty International (USA)", "Human Rights Watch");
    }

    @Test
    void anAcronymInSquareBracketsIsTheOrganisationsAcronym_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("International Service for Human Rights [ISHR]"), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::actorId).containsExactly("org:ishr");
    }

    @Test
    void contactLinesSignOffsAndIndividualsCountedAreNoOrganisations_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("""
                Sincerely,
                Human Rights Watch
                Amnesty International, as well as 230 individuals
                Tel: +1-212-290-4700
                https://www.hrw.org/news/2021/06/22
                """), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::actorId).containsExactly("org:human-rights-watch", "org:amnesty-international");
    }

    /** People and their affiliations were new organisations; they are people, who sign nothing in this graph. */
    @Test
    void individualSignatoriesAreReportedAsPeople_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("""
                Organisations:
                Human Rights Watch, Germany
                World Uyghur Congress, Germany
                Safeguard Defenders, Spain
                Individual signatories (affiliations for identification only):
                Dr. Adrian Zenz, Victims of Communism Memorial Foundation
                Jane Doe, researcher
                """), null);

        assertThat(list.kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Human Rights Watch", ItemStatus.MATCHED), tuple("Germany", ItemStatus.PLACE),
                tuple("World Uyghur Congress", ItemStatus.MATCHED), tuple("Germany", ItemStatus.PLACE),
                tuple("Safeguard Defenders", ItemStatus.MATCHED), tuple("Spain", ItemStatus.PLACE),
                tuple("Dr. Adrian Zenz", ItemStatus.PERSON), tuple("Victims of Communism Memorial Foundation", ItemStatus.PERSON),
                tuple("Jane Doe", ItemStatus.PERSON), tuple("researcher", ItemStatus.PERSON));
        assertThat(list.items()).filteredOn(item -> item.status().signs()).hasSize(3);
    }

    /** "This letter is co-signed by Amnesty International" and "Freedom House and The Rights Practice" were two new organisations. */
    @Test
    void proseNamesTheSignatoriesAndAKnownNameBesideAnAndIsForTheReader_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("This letter is co-signed by Amnesty International, "
                + "Clean Clothes Campaign, Freedom House and The Rights Practice."), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::status, ResolvedItem::actorId, ResolvedItem::candidates).containsExactly(
                tuple(ItemStatus.MATCHED, "org:amnesty-international", List.of()),
                tuple(ItemStatus.MATCHED, "org:clean-clothes-campaign", List.of()),
                tuple(ItemStatus.AMBIGUOUS, null, List.of("org:the-rights-practice")));
    }

    @Test
    void governmentsReleasingAStatementAreItsStates_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse(
                "The statement was released by the Governments of Australia, Canada and the United Kingdom."), null);

        assertThat(list.items()).extracting(ResolvedItem::actorId).containsExactly("state:AUS", "state:CAN", "state:GBR");
    }

    @Test
    void aGovernmentInAListOfOrganisationsIsItsState_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse(
                "Signatories: Government of Canada, Government of the Netherlands, Human Rights Watch, CIVICUS"), null);

        assertThat(list.items()).extracting(ResolvedItem::actorId)
                .containsExactly("state:CAN", "state:NLD", "org:human-rights-watch", "org:civicus");
    }

    /** A table's other columns, a comma inside a spreadsheet's quotes and a legal form were names; USA and Australia signed. */
    @Test
    void aTableGivesItsNamesInTheNamesColumn_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("""
                Organisation	Country	Type
                Amnesty International	International	INGO
                Human Rights Watch	United States	INGO
                Uyghur Association of Victoria	Australia	Diaspora

                "Lawyers for Human Rights, South Africa","China Aid Association, Inc.",CIVICUS
                China Aid Association, Inc.
                """), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Amnesty International", ItemStatus.MATCHED), tuple("Human Rights Watch", ItemStatus.MATCHED),
                tuple("Uyghur Association of Victoria", ItemStatus.NEW_ORGANISATION),
                tuple("Lawyers for Human Rights, South Africa", ItemStatus.NEW_ORGANISATION),
                tuple("China Aid Association, Inc.", ItemStatus.MATCHED), tuple("CIVICUS", ItemStatus.MATCHED),
                tuple("China Aid Association, Inc", ItemStatus.MATCHED));
    }

    /** Round 7: names that looked like furniture, a symbol or a resolution's title were dropped. */
    @Test
    void namesLikeFurnitureAreKept_issue5() {
        var states = resolver.resolve(SignatoryListParser.parse("SE\nNO\nDK\nFI"), ActorKind.STATE);
        var organisations = resolver.resolve(SignatoryListParser.parse("Facebook\nTwitter\nFIDH/OMCT/ICJ\n50/50 Group of Sierra Leone"),
                ActorKind.ORGANISATION);

        assertThat(states.items()).extracting(ResolvedItem::actorId).containsExactly("state:SWE", "state:NOR", "state:DNK", "state:FIN");
        assertThat(organisations.items()).extracting(ResolvedItem::text).containsExactly("Facebook", "Twitter", "FIDH/OMCT/ICJ",
                "50/50 Group of Sierra Leone");
    }

    /** Round 7: the country column was read as names, a "Signed: No" row signed, a second state typed on a row lost. */
    @Test
    void onlyColumnsThatDescribeTheNameAreLeftOut_issue5() {
        var byCountry = resolver.resolve(SignatoryListParser.parse("Country\tOrganisation\nGermany\tWorld Uyghur Congress\n"
                + "United States\tHuman Rights Watch"), ActorKind.ORGANISATION);
        var signed = resolver.resolve(SignatoryListParser.parse("Country,Signed\nCanada,Yes\nMexico,No"), ActorKind.STATE);
        var typedOnARow = resolver.resolve(SignatoryListParser.parse("Country, Date joined\nAlbania, 22 June 2021\nBelgium, Chile"),
                ActorKind.STATE);

        assertThat(byCountry.items()).extracting(ResolvedItem::actorId).containsExactly("org:world-uyghur-congress",
                "org:human-rights-watch");
        assertThat(signed.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Canada", ItemStatus.MATCHED), tuple("Mexico", ItemStatus.NOT_SIGNED));
        assertThat(typedOnARow.items()).extracting(ResolvedItem::actorId).containsExactly("state:ALB", "state:BEL", "state:CHL");
    }

    /** Round 7: "Mexico, No" under "Signed" was Mexico signing and an unknown "No"; now the table's status column is read. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("statusColumns")
    void aStatusColumnSaysWhoDidNotSign_issue5(String layout, String text, String expected) {
        var list = resolver.resolve(SignatoryListParser.parse(text), ActorKind.STATE);

        assertThat(list.items()).as(layout).map(item -> item.actorId() != null && item.status().signs()
                ? item.actorId().replace("state:", "") : item.text() + "=" + item.status()).containsExactly(expected.split("; "));
    }

    static Stream<Arguments> statusColumns() {
        return Stream.of(
                Arguments.of("spreadsheet", "Country,Signed\nCanada,Yes\nMexico,No\nChile,Y\nPeru,N", "CAN; Mexico=NOT_SIGNED; CHL; Peru=NOT_SIGNED"),
                Arguments.of("Markdown with marks and an empty cell", """
                        | State | Joined? |
                        |---|---|
                        | Denmark | ✓ |
                        | Finland | ✗ |
                        | Iceland | |
                        | Norway | 2021-06-22 |
                        """, "DNK; Finland=NOT_SIGNED; Iceland=NOT_SIGNED; NOR"),
                Arguments.of("tab-separated statuses", "Country\tStatus\nBrazil\tWithdrawn\nChile\tSigned\nColombia\tPending\nEcuador\t",
                        "Brazil=NOT_SIGNED; CHL; Colombia=NOT_SIGNED; Ecuador=NOT_SIGNED"),
                Arguments.of("a status before the name, in quotes", "\"Signed\",\"Country\"\n\"No\",\"Mexico\"\n\"Yes\",\"Peru\"",
                        "Mexico=NOT_SIGNED; PER"),
                Arguments.of("a status the table does not know: the row is read whole and reported",
                        "Country, Status\nBrazil, under review\nChile, Signed", "BRA; under review=UNKNOWN; CHL"),
                Arguments.of("a row without the status cell says nothing", "Country, Signed\nAlbania\nAustria, No", "ALB; Austria=NOT_SIGNED"));
    }

    @Test
    void tablesOfPeopleAreReportedAsPeople_issue5() {
        var people = resolver.resolve(SignatoryListParser.parse("Name, Affiliation, Country\nJane Doe, Human Rights Watch, USA"),
                ActorKind.ORGANISATION);
        var contacts = resolver.resolve(SignatoryListParser.parse("Name, Organisation, Country\nJane Doe, Human Rights Watch, USA"),
                ActorKind.ORGANISATION);
        var typed = resolver.resolve(SignatoryListParser.parse(
                "\"Name\",\"Type\"\n\"Human Rights Watch\",\"Organisation\"\n\"Teng Biao\",\"Individual\""), ActorKind.ORGANISATION);

        assertThat(people.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(tuple("Jane Doe", ItemStatus.PERSON));
        assertThat(contacts.items()).extracting(ResolvedItem::actorId).containsExactly("org:human-rights-watch");
        assertThat(typed.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Human Rights Watch", ItemStatus.MATCHED), tuple("Teng Biao", ItemStatus.PERSON));
    }

    /** Round 7: a national section in parentheses was read as the federation and its place, and "Org, State" lines signed the state. */
    @Test
    void aSectionOrAStateBesideAnOrganisationIsForTheReader_issue5() {
        var sections = resolver.resolve(SignatoryListParser.parse(
                "Amnesty International (Australia)\nHuman Rights Watch (USA)\nCIVICUS (International)\nDefendDefenders (Uganda)"),
                ActorKind.ORGANISATION);
        var unsure = resolver.resolve(SignatoryListParser.parse("Human Rights Watch, United States\nCIVICUS, South Africa\n"
                + "Amnesty International, ISHR"), ActorKind.ORGANISATION);

        assertThat(sections.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Amnesty International (Australia)", ItemStatus.NEW_ORGANISATION),
                tuple("Human Rights Watch", ItemStatus.MATCHED), tuple("USA", ItemStatus.PLACE),
                tuple("CIVICUS", ItemStatus.MATCHED), tuple("International", ItemStatus.PLACE),
                tuple("DefendDefenders", ItemStatus.MATCHED), tuple("Uganda", ItemStatus.PLACE));
        assertThat(unsure.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Human Rights Watch", ItemStatus.MATCHED), tuple("United States", ItemStatus.AMBIGUOUS),
                tuple("CIVICUS", ItemStatus.MATCHED), tuple("South Africa", ItemStatus.AMBIGUOUS),
                tuple("Amnesty International", ItemStatus.MATCHED), tuple("ISHR", ItemStatus.MATCHED));
    }

    /** Round 7: a PDF table's country on the line after each organisation signed. */
    @Test
    void aPlaceOnTheLineAfterEachNameIsAPlace_issue5() {
        var alternating = resolver.resolve(SignatoryListParser.parse(
                "Amnesty International\nUnited Kingdom\nHuman Rights Watch\nUnited States\nWorld Uyghur Congress\nGermany"),
                ActorKind.ORGANISATION);
        var mixed = resolver.resolve(SignatoryListParser.parse("Canada\nFrance\nHuman Rights Watch\nNew Zealand\nCIVICUS\nNorway"),
                ActorKind.ORGANISATION);

        assertThat(alternating.items()).extracting(ResolvedItem::status).containsExactly(ItemStatus.MATCHED, ItemStatus.PLACE,
                ItemStatus.MATCHED, ItemStatus.PLACE, ItemStatus.MATCHED, ItemStatus.PLACE);
        assertThat(mixed.items()).allMatch(item -> item.status() == ItemStatus.MATCHED);
    }

    @Test
    void statesInTheirIndividualCapacityAreStatesAndTypographicQuotesPartOfNames_issue5() {
        var aligned = resolver.resolve(SignatoryListParser.parse("Albania, Iceland\nIn their individual capacity:\nNorway, Ukraine"),
                ActorKind.STATE);
        var quoted = resolver.resolve(SignatoryListParser.parse("Menschenrechtszentrum \u201eMemorial\u201c, Amnesty International"),
                ActorKind.ORGANISATION);

        assertThat(aligned.items()).extracting(ResolvedItem::actorId).containsExactly("state:ALB", "state:ISL", "state:NOR", "state:UKR");
        assertThat(quoted.items()).extracting(ResolvedItem::text).containsExactly("Menschenrechtszentrum \u201eMemorial\u201c",
                "Amnesty International");
    }

    /** A review's findings: each was a lost or a wrong signatory. */
    @Test
    void legalFormsQuotesAndHeadingsLoseNoOne_issue5() {
        var companies = resolver.resolve(SignatoryListParser.parse("Jordan Inc.\nGeorgia, LLC\nAmnesty International"),
                ActorKind.ORGANISATION);
        var quoteInAName = resolver.resolve(SignatoryListParser.parse(
                "Human Rights Centre \"Memorial, ZMINA, Amnesty International, Union \"Dignity\""), ActorKind.ORGANISATION);
        var experts = resolver.resolve(SignatoryListParser.parse("Experts and organisations:\nAmnesty International"),
                ActorKind.ORGANISATION);
        var peopleThenOrganisations = resolver.resolve(SignatoryListParser.parse(
                "Individual signatories:\nJane Doe\nCivil society organisations\nAmnesty International"), ActorKind.ORGANISATION);

        assertThat(companies.items()).extracting(ResolvedItem::text, ResolvedItem::kind).containsExactly(
                tuple("Jordan Inc", ActorKind.ORGANISATION), tuple("Georgia, LLC", ActorKind.ORGANISATION),
                tuple("Amnesty International", ActorKind.ORGANISATION));
        assertThat(quoteInAName.items()).extracting(ResolvedItem::actorId).contains("org:amnesty-international");
        assertThat(experts.items()).extracting(ResolvedItem::status).containsExactly(ItemStatus.MATCHED);
        assertThat(peopleThenOrganisations.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Jane Doe", ItemStatus.PERSON), tuple("Amnesty International", ItemStatus.MATCHED));
    }

    @Test
    void pastedMarkupIsReadInTime_issue5() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SignatoryListParser.parse("**a".repeat(5_000));
            SignatoryListParser.parse("<li " + "x".repeat(20_000));
            SignatoryListParser.parse("|" + " ---|".repeat(5_000) + "x");
            SignatoryListParser.parse("[a](http://" + "(".repeat(5_000));
            SignatoryListParser.parse("\"a, ".repeat(5_000) + "(b, ".repeat(5_000));
            SignatoryListParser.parse("\"".repeat(100_000));
            SignatoryListParser.parse("\"a\"b".repeat(30_000));
            SignatoryListParser.parse("download " + "(pdf; ".repeat(16_000));
            SignatoryListParser.parse("A" + "/a".repeat(2_000));
            resolver.resolve(SignatoryListParser.parse("Canada, " + "of ".repeat(1_000) + "x"), ActorKind.STATE);
            resolver.resolve(SignatoryListParser.parse("Name (" + "x, ".repeat(90) + ")\n".repeat(3)), ActorKind.ORGANISATION);
        });
    }
}
