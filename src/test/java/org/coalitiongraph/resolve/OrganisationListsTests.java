package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.stream.Stream;

import org.coalitiongraph.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5 regressions, eighth round: lists of organisations as NGOs send them — forms exported to a
 * spreadsheet, signature blocks, descriptions, web pages, letters with their prose. Each case made a
 * new organisation of something that is none, or lost a known one, before its fix.
 */
class OrganisationListsTests {

    private final SignatoryListResolver resolver = new SignatoryListResolver(ReferenceStates.index(), DemoOrganisations.index(),
            DemoOrganisations.index().ids());

    /** Every item: a known organisation's id, "new" for a new one, or its status where it signs for no one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("organisationLists")
    void organisationsAndNothingElse_issue5(String layout, String text, String expected) {
        var list = resolver.resolve(SignatoryListParser.parse(text), ActorKind.ORGANISATION);

        assertThat(list.items()).as(layout).map(item -> switch (item.status()) {
            case MATCHED -> item.actorId();
            case NEW_ORGANISATION -> "new " + item.text();
            default -> item.text() + "=" + item.status();
        }).containsExactly(expected.split("; "));
    }

    static Stream<Arguments> organisationLists() {
        return Stream.of(
                Arguments.of("a form exported with a question as a column", """
                        Timestamp\tOrganisation name\tCountry\tContact email\tType of signatory\tI confirm we endorse this letter
                        2025/01/14 9:02:11 AM GMT+1\tInternational Service for Human Rights\tSwitzerland\tinfo@ishr.example\tOrganisation\tYes
                        2025/01/14 11:15:06 AM GMT+1\tMaria Lopez\tMexico\tmaria@example.org\tIndividual\tYes
                        2025/01/15 8:05:19 AM GMT+1\tJustice for All\tUganda\tinfo@jfa.example\tOrganisation\tYes
                        """, "org:ishr; Maria Lopez=PERSON; new Justice for All"),
                Arguments.of("a spreadsheet's ECOSOC column says no signature", """
                        "No.","Organisation","Country","Region","ECOSOC status"
                        1,"Human Rights Watch","United States","Global","Yes"
                        2,"Lawyers, Rights and Justice Network","Kenya","Africa","No"
                        """, "org:human-rights-watch; new Lawyers, Rights and Justice Network"),
                Arguments.of("the same new organisation with and without its acronym", """
                        Justice for All
                        Human Rights Watch
                        Justice for All (JFA)
                        """, "new Justice for All; org:human-rights-watch; new Justice for All (JFA)"),
                Arguments.of("a town in parentheses in a list that prints places", """
                        Human Rights Watch (New York, USA)
                        Uyghur Human Rights Project (Washington, DC)
                        DefendDefenders (Uganda)
                        Cairo Institute for Human Rights Studies (Tunis/Geneva)
                        Campaign for Uyghurs (USA)
                        """, "org:human-rights-watch; New York, USA=PLACE; org:uyghur-human-rights-project; Washington, DC=PLACE;"
                        + " org:defenddefenders; Uganda=PLACE; org:cairo-institute-for-human-rights-studies; Tunis/Geneva=PLACE;"
                        + " org:campaign-for-uyghurs; USA=PLACE"),
                Arguments.of("a known acronym before a state's name, in a list that prints places", """
                        DefendDefenders – Uganda
                        Front Line Defenders – Ireland
                        ISHR – Switzerland
                        """, "org:defenddefenders; Uganda=PLACE; new Front Line Defenders; Ireland=PLACE; org:ishr;"
                        + " Switzerland=PLACE"),
                Arguments.of("a known acronym before a state's name alone", "ISHR – Switzerland\nHuman Rights Watch",
                        "ISHR – Switzerland=AMBIGUOUS; org:human-rights-watch"),
                Arguments.of("regions as headings without colons", """
                        Global
                        Amnesty International
                        Africa
                        Zimbabwe Lawyers for Human Rights
                        Latin America and the Caribbean
                        Centro de Estudios Legales y Sociales (CELS)
                        """, "org:amnesty-international; new Zimbabwe Lawyers for Human Rights; new Centro de Estudios Legales y Sociales (CELS)"),
                Arguments.of("signature blocks", """
                        Sincerely,
                        Jane Roe
                        Executive Director
                        Human Rights Watch

                        Nomvula Dlamini, Secretary-General, Justice for All
                        Li Wen (Programme Director), Uyghur Rights Advocacy Project
                        Sam Poe, Director, Freedom Now
                        """, "Jane Roe=PERSON; Executive Director=PERSON; org:human-rights-watch; Nomvula Dlamini=PERSON;"
                        + " Secretary-General=PERSON; new Justice for All; Li Wen (Programme Director)=PERSON; org:uyghur-rights-advocacy-project;"
                        + " Sam Poe=PERSON; Director=PERSON; new Freedom Now"),
                Arguments.of("people by their titles or capacity", """
                        Dr. Miriam Halevi (in personal capacity)
                        Prof. Marcus Lindqvist
                        Dr. Denis Mukwege Foundation
                        Judge (ret.) Peter Mwangi
                        """, "Dr. Miriam Halevi (in personal capacity)=PERSON; Prof. Marcus Lindqvist=PERSON; new Dr. Denis Mukwege Foundation;"
                        + " Judge (ret.) Peter Mwangi=PERSON"),
                Arguments.of("descriptions after names", """
                        Signatory organisations (with a short description provided by each):
                        Human Rights Watch – an independent organisation that investigates abuses.
                        Lawyers for Lawyers: an independent Dutch foundation supporting lawyers at risk.
                        Hong Kong Watch. A UK-based charity monitoring basic freedoms in Hong Kong.
                        Front Line Defenders – protecting defenders at risk
                        """, "org:human-rights-watch; new Lawyers for Lawyers; new Hong Kong Watch; new Front Line Defenders"),
                Arguments.of("a letter's sentences are reported, not organisations", """
                        We, the undersigned organisations, write to express our concern about reprisals.
                        Campaign for Uyghurs promotes and advocates for the human rights of Uyghurs.
                        Human Rights Watch
                        """, "We=UNKNOWN; the undersigned organisations=UNKNOWN; write to express our concern about reprisals=UNKNOWN;"
                        + " Campaign for Uyghurs promotes and advocates for the human rights of Uyghurs=UNKNOWN; org:human-rights-watch"),
                Arguments.of("a web page around the list, a copy line, addresses", """
                        Skip to main content
                        Donate
                        Share this via Facebook
                        ## Signatories
                        Human Rights Watch
                        info@hrw.example
                        www.ishr.ch
                        ### Also endorsed by
                        - [CIVICUS](https://www.civicus.org)
                        cc: International Service for Human Rights
                        Related content
                        Sign up for our newsletter
                        """, "org:human-rights-watch; org:civicus"),
                Arguments.of("names a PDF broke over lines", """
                        Asian Forum for Human Rights and
                        Development (FORUM-ASIA)
                        International Federation for Human
                        Rights (FIDH)
                        Lawyers for Human Rights and
                        Democracy
                        """, "org:forum-asia; org:fidh; new Lawyers for Human Rights and Democracy"),
                Arguments.of("names with a comma of their own, a name a line", """
                        Asia Pacific Forum on Women, Law and Development (APWLD)
                        Human Rights Watch
                        Justice, Peace and Integrity of Creation Commission
                        Freedom Now
                        Human Rights Watch, Bosnia and Herzegovina
                        """, "new Asia Pacific Forum on Women, Law and Development (APWLD); org:human-rights-watch;"
                        + " new Justice, Peace and Integrity of Creation Commission; new Freedom Now; org:human-rights-watch;"
                        + " Bosnia and Herzegovina=AMBIGUOUS"),
                Arguments.of("a form asking for the signer's name and organisation, left out by individuals", """
                        Timestamp\tYour name\tOrganisation (if signing on behalf of an organisation)\tCountry
                        3/11/2025 14:02:37\tAisha Bello\tN/A\tNigeria
                        3/11/2025 16:01:19\tPriya Nair\tHRW\tUSA
                        3/12/2025 09:13:02\tKwame Mensah\tCoalition for Peace, Justice and Human Rights\tGhana
                        3/12/2025 10:30:44\tSara Ahmed\t-\tPakistan
                        """, "Aisha Bello=PERSON; org:human-rights-watch; new Coalition for Peace, Justice and Human Rights; Sara Ahmed=PERSON"),
                Arguments.of("a table of organisations and who signed for them", """
                        Organisation\tSigned by
                        Front Line Defenders\tOrla Byrne, Executive Director
                        Protection International\tMarie Dupont
                        """, "new Front Line Defenders; new Protection International"),
                Arguments.of("roles after names, marks before them", """
                        International Service for Human Rights (co-organiser)
                        Human Rights Watch – convenor
                        Campaign for Uyghurs [initiating organisation]
                        /s/ International Commission of Jurists
                        [signature] Lawyers for Lawyers
                        """, "org:ishr; org:human-rights-watch; org:campaign-for-uyghurs; new International Commission of Jurists;"
                        + " new Lawyers for Lawyers"),
                Arguments.of("logos, an e-mail's head and quotes", """
                        ---------- Forwarded message ---------
                        From: Tenzin Dolma <tdolma@example.org>
                        Date: Tue, 4 Feb 2025 at 10:12
                        Subject: Re: letter sign-on
                        logo-hrw.png
                        Human Rights Watch
                        Image
                        On Mon, 3 Feb 2025 at 17:40, Kalsang Wangmo <kalsang@example.org> wrote:
                        """, "org:human-rights-watch"),
                Arguments.of("headings with counts, regions joined by a slash", """
                        Signatories (20 organisations)
                        INTERNATIONAL / REGIONAL
                        Human Rights Watch
                        Regional / International (5)
                        Justice for All
                        """, "org:human-rights-watch; new Justice for All"),
                Arguments.of("a town or an organisation after a known one: reported, for nothing here knows towns", """
                        International Service for Human Rights, Geneva
                        FIDH – Brussels
                        Human Rights Watch, Greenpeace
                        Amnesty International – Deutschland
                        Human Rights Watch
                        Freedom Now
                        """, "org:ishr; Geneva=UNKNOWN; FIDH – Brussels=AMBIGUOUS; org:human-rights-watch; Greenpeace=UNKNOWN;"
                        + " Amnesty International – Deutschland=AMBIGUOUS; org:human-rights-watch; new Freedom Now"),
                Arguments.of("a town and its country in a list that prints places", """
                        Human Rights Watch – New York, USA
                        Amnesty International – London, UK
                        Justice for All – Kampala, Uganda
                        """, "org:human-rights-watch; New York=PLACE; USA=PLACE; org:amnesty-international; London=PLACE; UK=PLACE;"
                        + " new Justice for All – Kampala; Uganda=PLACE"),
                Arguments.of("the list's own \"and\" after a name that enumerates themes", """
                        Signed by: Coalition for Peace, Freedom House and Human Rights Watch
                        """, "new Coalition for Peace; Freedom House and Human Rights Watch=AMBIGUOUS"),
                Arguments.of("a form's organisation that starts like \"none\" or \"individual\"", """
                        Timestamp\tYour name\tOrganisation (if any)\tCountry
                        3/11/2025 14:02:37\tJane Roe\tNone on Record\tKenya
                        3/11/2025 14:05:37\tSam Poe\tIndividual Rights Foundation\tKenya
                        """, "new None on Record; new Individual Rights Foundation"),
                Arguments.of("a sender's line names the senders", """
                        From: Amnesty International, Human Rights Watch
                        To: Members of the Human Rights Council
                        """, "org:amnesty-international; org:human-rights-watch"),
                Arguments.of("states with footnotes before organisations are no headings", """
                        Canada (1)
                        Germany (2)
                        Amnesty International
                        Human Rights Watch
                        CIVICUS
                        """, "state:CAN; state:DEU; org:amnesty-international; org:human-rights-watch; org:civicus"),
                Arguments.of("a second organisation on a line is no town", """
                        Human Rights Watch, Free Tibet
                        Campaign for Uyghurs, Safeguard Defenders
                        """, "org:human-rights-watch; new Free Tibet; org:campaign-for-uyghurs; org:safeguard-defenders"),
                Arguments.of("a numbered list run together after a name ending in a number",
                        "1. Access Now 2. ARTICLE 19 3. Amnesty International 4. Human Rights Watch",
                        "new Access Now; new ARTICLE 19; org:amnesty-international; org:human-rights-watch"),
                Arguments.of("names run together where a page lost its breaks", "Amnesty InternationalHuman Rights WatchCIVICUS",
                        "Amnesty InternationalHuman Rights WatchCIVICUS=UNKNOWN"),
                Arguments.of("a new organisation's acronym alone, after its name", """
                        International Press Institute (IPI)
                        Human Rights Watch
                        IPI
                        """, "new International Press Institute (IPI); org:human-rights-watch; new IPI"),
                Arguments.of("countries heading their organisations, with how many", """
                        Kenya (2)
                        \tKatiba Institute
                        \tKenya Human Rights Commission
                        Uganda (1)
                        \tChapter Four Uganda
                        """, "Kenya=PLACE; new Katiba Institute; new Kenya Human Rights Commission; Uganda=PLACE; new Chapter Four Uganda"),
                Arguments.of("the last country heading followed by a heading of another kind", """
                        Kenya (1)
                        \tKatiba Institute
                        Uganda (1)
                        \tChapter Four Uganda
                        South Sudan (1)
                        \tSouth Sudan Human Rights Defenders Network
                        Regional / International (2)
                        \tAmnesty International
                        \tCIVICUS
                        """, "Kenya=PLACE; new Katiba Institute; Uganda=PLACE; new Chapter Four Uganda; South Sudan=PLACE;"
                        + " new South Sudan Human Rights Defenders Network; org:amnesty-international; org:civicus"),
                Arguments.of("a report's feet and running head between the names, and a heading with its date", """
                        Signatories (as of 20 May 2025)
                        Human Rights Watch
                        Joint NGO letter – HRC58 – 24 February 2025
                        Justice for All
                        Index: IOR 40/1234/2025
                        Amnesty International Public Document
                        Amnesty International
                        """, "org:human-rights-watch; Joint NGO letter – HRC58 – 24 February 2025=UNKNOWN; new Justice for All;"
                        + " org:amnesty-international"),
                Arguments.of("\"Human\" and \"Rights\" broken by the line's end", """
                        Kazakhstan International Bureau for Human
                        Rights and Rule of Law
                        Human Rights Watch
                        """, "new Kazakhstan International Bureau for Human Rights and Rule of Law; org:human-rights-watch"),
                Arguments.of("people with where they work and what they do, in a list of a name a line", """
                        Addressed to: Member States of the Human Rights Council
                        Front Line Defenders
                        Prof. Marcus Lindqvist, Lund University
                        Ana María Ruiz, journalist, Colombia
                        Judge (ret.) Peter Mwangi, Nairobi
                        Justice for All
                        Dr. Jane Roe, Human Rights Watch
                        Li Wen (Programme Director), Freedom Now
                        Dr. Sam Poe, Executive Director, Rights Now Kenya
                        """, "new Front Line Defenders; Prof. Marcus Lindqvist, Lund University=PERSON;"
                        + " Ana María Ruiz, journalist, Colombia=UNKNOWN; Judge (ret.) Peter Mwangi, Nairobi=PERSON; new Justice for All;"
                        + " Dr. Jane Roe=PERSON; org:human-rights-watch; Li Wen (Programme Director)=PERSON; new Freedom Now;"
                        + " Dr. Sam Poe=PERSON; Executive Director=PERSON; new Rights Now Kenya"),
                Arguments.of("a person first in a line of names signs for no one else", """
                        Signed by: Dr. Jane Roe, Progressive Voice, Safeguard Defenders
                        """, "Dr. Jane Roe=PERSON; new Progressive Voice; org:safeguard-defenders"),
                Arguments.of("\"please\" in an introduced list leaves the introduction an introduction", """
                        Joint letter on Hong Kong
                        Human Rights Watch
                        Co-signed by: Amnesty International, Hong Kong Watch, Dr. Jane Roe (please list in a personal capacity)
                        """, "org:human-rights-watch; org:amnesty-international; new Hong Kong Watch;"
                        + " Dr. Jane Roe (please list in a personal capacity)=PERSON"),
                Arguments.of("a name ending in \"Civil\" above one starting with \"Society\"", """
                        Plataforma de la Sociedad Civil
                        Society for Threatened Peoples
                        """, "new Plataforma de la Sociedad Civil; new Society for Threatened Peoples"),
                Arguments.of("a name that enumerates its themes with \"and the\"",
                        "Centre for Democracy, Development and the Rule of Law, Human Rights Watch, CIVICUS",
                        "new Centre for Democracy, Development and the Rule of Law; org:human-rights-watch; org:civicus"),
                Arguments.of("semicolons between entries, commas inside names and before places",
                        "Signatories: Asia Pacific Forum on Women, Law and Development (APWLD), Thailand; Lawyers, Rights and Justice"
                                + " Network, Kenya Section, Nairobi, Kenya; Human Rights Watch, USA; CIVICUS, Access Now; Amnesty International, Global.",
                        "new Asia Pacific Forum on Women, Law and Development (APWLD); Thailand=PLACE;"
                        + " new Lawyers, Rights and Justice Network, Kenya Section; Nairobi=PLACE; Kenya=PLACE; org:human-rights-watch;"
                        + " USA=PLACE; org:civicus; new Access Now; org:amnesty-international; Global=PLACE"),
                Arguments.of("states grouped by semicolons among organisations are no places", """
                        Human Rights Watch
                        Kenya, Uganda; Rwanda, Burundi; Tanzania
                        """, "org:human-rights-watch; state:KEN; state:UGA; state:RWA; state:BDI; state:TZA"),
                Arguments.of("a message's sentences around its names", """
                        Please count in Justice for All and Freedom Now
                        > Human Rights Watch is in. CIVICUS will sign as lead
                        Thanks
                        """, "Please count in Justice for All and Freedom Now=UNKNOWN;"
                        + " > Human Rights Watch is in. CIVICUS will sign as lead=UNKNOWN; Thanks=UNKNOWN"),
                Arguments.of("names with commas between them, more than one a line", """
                        Justice for All, Peace and Security Network, Human Rights Watch
                        Freedom Now, Rights and Democracy
                        """, "new Justice for All; new Peace and Security Network; org:human-rights-watch; new Freedom Now;"
                        + " new Rights and Democracy"),
                Arguments.of("people printed surname first, with what they do or where they work", """
                        Lawyers for Lawyers
                        Okafor, Samuel (lawyer, Lagos)
                        Human Rights Watch
                        Nowak, Marek – Helsinki Foundation for Human Rights (personal capacity)
                        Jane Roe (personal capacity)
                        """, "new Lawyers for Lawyers; Okafor, Samuel (lawyer, Lagos)=PERSON; org:human-rights-watch;"
                        + " Nowak, Marek – Helsinki Foundation for Human Rights (personal capacity)=PERSON;"
                        + " Jane Roe (personal capacity)=PERSON"),
                Arguments.of("a town-shaped word after a name no one knows is asked about, not made an organisation", """
                        Reprieve, London
                        Becker, Thomas
                        Human Rights Watch
                        Justice for All
                        """, "new Reprieve; London=UNKNOWN; new Becker; Thomas=UNKNOWN; org:human-rights-watch; new Justice for All"),
                Arguments.of("a sign-on page: its counter, when each signed, its buttons, an anonymous signer", """
                        342 signatures · Goal: 500
                        Recent signatures
                        ✔ Human Rights Watch · 5 hours ago
                        ✔ Anonymous · yesterday
                        ✔ Justice for All · 2 days ago
                        Load more signatures
                        Sign this letter
                        Share on Facebook · Share on X
                        """, "500=UNKNOWN; org:human-rights-watch; Anonymous=UNKNOWN; new Justice for All"),
                Arguments.of("a Markdown sign-on tracker: a heading, boxes ticked and not, a name struck through", """
                        ### Sign-on tracker (updated 12 May)
                        - [x] Amnesty International
                        - [ ] Human Rights Watch — awaiting sign-off
                        - [x] *Justice for All*
                        - ~~Safeguard Defenders~~ (withdrew 10 May)
                        """, "org:amnesty-international; Human Rights Watch — awaiting sign-off=NOT_SIGNED; new Justice for All;"
                        + " Safeguard Defenders (withdrew 10 May)=NOT_SIGNED"),
                Arguments.of("names sorted by their main word, their article after a comma", """
                        Signatories (in alphabetical order)
                        Carter Center, The
                        Rights Practice, The
                        Human Rights Watch
                        """, "new The Carter Center; org:the-rights-practice; org:human-rights-watch"),
                Arguments.of("a bilingual table: each name in Latin and in Arabic script", """
                        Organisation\tالمنظمة
                        Cairo Institute for Human Rights Studies	مركز القاهرة لدراسات حقوق الإنسان
                        Human Rights Watch	هيومن رايتس ووتش
                        Lawyers for Justice in Libya	محامون من أجل العدالة في ليبيا
                        """, "org:cairo-institute-for-human-rights-studies; org:human-rights-watch; new Lawyers for Justice in Libya"),
                Arguments.of("signatories the list does not name", """
                        Viasna Human Rights Centre
                        [Name withheld for security reasons] (Belarus)
                        Two further Belarusian organisations that cannot be named for security reasons
                        Human Rights Watch
                        """, "new Viasna Human Rights Centre; [Name withheld for security reasons] (Belarus)=UNKNOWN;"
                        + " Two further Belarusian organisations that cannot be named for security reasons=UNKNOWN; org:human-rights-watch"),
                Arguments.of("a text file with its lines numbered, names with digits and a signature's line", """
                             1	SIGNATORIES
                             2	
                             3	350.org
                             4	11.11.11
                             5	Human Rights Watch
                        ______________________
                        """, "new 350.org; new 11.11.11; org:human-rights-watch"),
                Arguments.of("a sign-on sheet whose \"Signing as\" column says who signs for their organisation", """
                        Name	Position	Organisation	Signing as
                        Mariam Al-Khatib	Director	Cairo Institute for Human Rights Studies	Organisation
                        Jonas Berg	Senior Researcher	Human Rights Watch	Individual
                        """, "org:cairo-institute-for-human-rights-studies; Human Rights Watch=PERSON"),
                Arguments.of("kinds of signatories as headings, in sentence case", """
                        International NGOs
                        Amnesty International
                        Trade unions
                        International Trade Union Confederation (ITUC)
                        Faith-based organisations
                        Franciscans International
                        Open Society Foundations
                        """, "org:amnesty-international; new International Trade Union Confederation (ITUC); new Franciscans International;"
                        + " new Open Society Foundations"),
                Arguments.of("acronyms explained below the list sign nothing", """
                        Submitting organisations: ACJPS, HRW, FIDH
                        List of abbreviations
                        ACJPS\tAfrican Centre for Justice and Peace Studies
                        RSF\tRapid Support Forces
                        """, "new ACJPS; org:human-rights-watch; org:fidh"),
                Arguments.of("a UN annex's stakeholders: a town and its state after each name is asked about, not made an organisation", """
                        Annex
                        List of stakeholders
                        Individual submissions:
                        CSW\tChristian Solidarity Worldwide, London (United Kingdom of Great Britain and Northern Ireland);
                        HRW\tHuman Rights Watch, Geneva (Switzerland);
                        Joint submissions:
                        JS4\tJoint submission 4 submitted by: Campaign for Uyghurs, Washington D.C. (United States of America); Justice for All, Chicago (United States of America); Safeguard Defenders, Madrid (Spain).
                        """, "org:csw; org:csw; London (United Kingdom of Great Britain and Northern Ireland)=UNKNOWN;"
                        + " org:human-rights-watch; org:human-rights-watch; Geneva (Switzerland)=UNKNOWN; org:campaign-for-uyghurs;"
                        + " Washington D.C. (United States of America)=UNKNOWN; new Justice for All; Chicago (United States of America)=UNKNOWN;"
                        + " org:safeguard-defenders; Madrid (Spain)=UNKNOWN"),
                Arguments.of("a name with a state in parentheses, alone on its line, is a name", """
                        Signatories: Redress (UK), Reprieve (UK), Human Rights Watch
                        """, "new Redress (UK); new Reprieve (UK); org:human-rights-watch"),
                Arguments.of("notes beside names: joined later, withdrawn, still awaited", """
                        Human Rights Watch
                        Safeguard Defenders (withdrew 10 May)
                        Amnesty International [withdrawn]
                        Justice for All (joined 12 May)
                        Freedom Now – awaiting sign-off
                        """, "org:human-rights-watch; Safeguard Defenders (withdrew 10 May)=NOT_SIGNED; Amnesty International [withdrawn]=NOT_SIGNED;"
                        + " new Justice for All; Freedom Now – awaiting sign-off=NOT_SIGNED"),
                Arguments.of("signature blocks side by side: a row of names over a row of titles", """
                        Sincerely,
                        ______________________\t______________________
                        Maria Alvarez\tJohn Mwangi
                        Executive Director\tGeneva Representative
                        Lawyers for Lawyers\tFront Line Defenders
                        """, "Maria Alvarez=PERSON; John Mwangi=PERSON; Executive Director=PERSON; Geneva Representative=PERSON;"
                        + " new Lawyers for Lawyers; new Front Line Defenders"),
                Arguments.of("websites after the names, printed four ways", """
                        Access Now – https://www.accessnow.org
                        Amnesty International (www.amnesty.org)
                        Human Rights Watch <https://www.hrw.org>
                        Derechos Digitales – derechosdigitales.org
                        Paradigm Initiative, paradigmhq.org
                        350.org
                        """, "new Access Now; org:amnesty-international; org:human-rights-watch; new Derechos Digitales; new Paradigm Initiative;"
                        + " new 350.org"),
                Arguments.of("a website dropped at a line's end leaves the list one of a name a line", """
                        Signatories:
                        Paradigm Initiative, paradigmhq.org
                        Okafor, Samuel (lawyer, Lagos)
                        Human Rights Watch
                        """, "new Paradigm Initiative; Okafor, Samuel (lawyer, Lagos)=PERSON; org:human-rights-watch"),
                Arguments.of("a web table: an empty logo column, where each is based and its website", """
                        Logo\tOrganisation\tBased in\tWebsite
                        \tShelter City\tNetherlands\tsheltercity.org
                        \tHuman Rights Watch\tUnited States\thrw.org
                        """, "new Shelter City; org:human-rights-watch"));
    }

    /** A state with a count after the countries heading organisations signs when no heading was left out after its names. */
    @Test
    void aStateAfterCountryHeadingsStillSigns_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("""
                Kenya (1)
                Katiba Institute
                Uganda (1)
                Chapter Four Uganda
                Norway (1)
                Amnesty International
                Human Rights Watch
                """), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::status).containsExactly(
                tuple("Kenya", ItemStatus.PLACE), tuple("Katiba Institute", ItemStatus.NEW_ORGANISATION),
                tuple("Uganda", ItemStatus.PLACE), tuple("Chapter Four Uganda", ItemStatus.NEW_ORGANISATION),
                tuple("Norway", ItemStatus.MATCHED), tuple("Amnesty International", ItemStatus.MATCHED),
                tuple("Human Rights Watch", ItemStatus.MATCHED));
    }

    @Test
    void aNewOrganisationsAcronymIsThatOrganisation_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("International Press Institute (IPI)\nHuman Rights Watch\nIPI"),
                ActorKind.ORGANISATION);

        assertThat(list.items().get(2).actorId()).isEqualTo(list.items().get(0).actorId());
        assertThat(list.items().get(2).repeats()).isNotNull();
    }

    @Test
    void aNewOrganisationPrintedTwiceIsOneOrganisation_issue5() {
        var list = resolver.resolve(SignatoryListParser.parse("Justice for All\nJustice for All (JFA)"), ActorKind.ORGANISATION);

        assertThat(list.items()).extracting(ResolvedItem::actorId).containsExactly("org:justice-for-all", "org:justice-for-all");
        assertThat(list.items().get(1).repeats()).isNotNull();
    }

    /** The patterns of this round, and runs of tabs or parentheses, on text made to make them backtrack. */
    @Test
    void craftedTextIsReadInTime_issue5() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            resolver.resolve(SignatoryListParser.parse(("Dr. " + "Aa ".repeat(30) + "(director of " + "x ".repeat(40) + "\n").repeat(50)),
                    ActorKind.ORGANISATION);
            resolver.resolve(SignatoryListParser.parse(("Name" + " – a".repeat(2_000) + "\n").repeat(3)), ActorKind.ORGANISATION);
            resolver.resolve(SignatoryListParser.parse(("Name (" + "Aa-".repeat(3_000) + ")\n").repeat(4)), ActorKind.ORGANISATION);
            resolver.resolve(SignatoryListParser.parse("Organisation, Country, " + "a ".repeat(5_000) + "\nx" + "\t ".repeat(5_000) + "y"),
                    ActorKind.ORGANISATION);
            resolver.resolve(SignatoryListParser.parse(("a" + ".b".repeat(3_000) + "@c\n").repeat(3)), ActorKind.ORGANISATION);
            // Before: 38 s for a table row of alternating tabs and spaces, 3.7 s for a run of opening parentheses.
            resolver.resolve(SignatoryListParser.parse("x" + "\t ".repeat(5_000) + "y"), ActorKind.STATE);
            resolver.resolve(SignatoryListParser.parse("(\u00b9".repeat(10_000)), ActorKind.ORGANISATION);
            resolver.resolve(SignatoryListParser.parse("a (".repeat(7_000)), ActorKind.STATE);
        });
    }
}
