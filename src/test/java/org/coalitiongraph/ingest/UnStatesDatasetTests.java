package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.coalitiongraph.grouping.GroupingKind;
import org.coalitiongraph.ingest.ImportDocument.GroupingRecord;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference data of {@code datasets/un-states.json} (see docs/reference-data.md): the UN's 193
 * members and 2 observer states, the former states of the UNGA records, the regional groups and the
 * EU; names and aliases that never point at two states; every voter of the UNGA data on a state.
 */
class UnStatesDatasetTests {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Set<String> REGIONAL_GROUPS = Set.of("African", "Asia-Pacific", "EEG", "GRULAC", "WEOG");
    private static final Map<String, String> GROUPING_OF_REGIONAL_GROUP = Map.of(
            "African", "grouping:african-group", "Asia-Pacific", "grouping:asia-pacific-group", "EEG", "grouping:eeg",
            "GRULAC", "grouping:grulac", "WEOG", "grouping:weog");

    private static ImportDocument document;
    private static Map<String, StateRecord> states;
    /** Normalised name, formal name or alias → the ids of the states that carry it. */
    private static Map<String, Set<String>> names;

    @BeforeAll
    static void read() throws IOException {
        document = ImportReader.read(new ClassPathResource("datasets/un-states.json").getInputStream(), "un-states.json");
        states = document.states().stream().collect(Collectors.toMap(StateRecord::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        names = new HashMap<>();
        document.states().forEach(state -> namesOf(state).forEach(name ->
                names.computeIfAbsent(normalise(name), n -> new HashSet<>()).add(state.id())));
    }

    @Test
    void isAValidDatasetThatStandsAlone() {
        assertThat(document.dataset().id()).isEqualTo("un-states");
        assertThat(document.dataset().version()).isEqualTo(3);
        // Nothing outside the document is needed: every id "in the graph" is missing.
        assertThat(ImportValidator.validate(document, (label, ids) -> new HashSet<>(ids))).isEmpty();
    }

    @Test
    void holdsThe193MembersAndTheTwoObserverStates() {
        var members = document.states().stream().filter(s -> Boolean.TRUE.equals(s.unMember())).toList();
        var observers = document.states().stream().filter(s -> Boolean.TRUE.equals(s.observer())).toList();

        assertThat(members).hasSize(193).allSatisfy(s -> assertThat(s.observer()).isFalse());
        assertThat(observers).extracting(StateRecord::id).containsExactlyInAnyOrder("state:VAT", "state:PSE");
        assertThat(observers).allSatisfy(s -> assertThat(s.unMember()).isFalse());
        assertThat(document.states()).allSatisfy(s -> {
            assertThat(s.unMember()).as("unMember of %s", s.id()).isNotNull();
            assertThat(s.observer()).as("observer of %s", s.id()).isNotNull();
        });
        assertThat(states.get("state:GBR").name()).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
        assertThat(states.get("state:TUR").name()).isEqualTo("Türkiye");
        assertThat(states.get("state:NLD").name()).isEqualTo("Netherlands (Kingdom of the)");
        assertThat(states.get("state:COG").name()).isEqualTo("Congo");
        assertThat(states.get("state:COG").formalName()).isEqualTo("the Republic of the Congo");
    }

    @Test
    void isoCodesAreWellFormedUniqueAndAgreeWithIso3166() {
        var iso3s = new HashSet<String>();
        var iso2s = new HashSet<String>();
        var withdrawn = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART3));
        for (var state : document.states()) {
            if (state.id().equals("state:ZANZIBAR")) {
                // No ISO code was ever given to Zanzibar.
                assertThat(state.iso3()).isNull();
                assertThat(state.iso2()).isNull();
                continue;
            }
            assertThat(state.iso3()).as("iso3 of %s", state.id()).matches(ISO3);
            assertThat(state.iso2()).as("iso2 of %s", state.id()).matches(ISO2);
            assertThat(state.id()).isEqualTo("state:" + state.iso3());
            assertThat(iso3s.add(state.iso3())).as("iso3 %s given once", state.iso3()).isTrue();
            assertThat(iso2s.add(state.iso2())).as("iso2 %s given once", state.iso2()).isTrue();
            if (state.to() == null) {
                // A present state: ISO 3166-1 pairs the two codes (the JDK carries the table).
                assertThat(Locale.of("", state.iso2()).getISO3Country()).as("alpha-3 of %s", state.iso2())
                        .isEqualTo(state.iso3());
            } else {
                // A former state: its ISO 3166-3 code starts with its old alpha-2 (CSHH, DDDE, YDYE).
                assertThat(withdrawn).as("ISO 3166-3 code of %s", state.id())
                        .anySatisfy(code -> assertThat(code).startsWith(state.iso2()));
            }
        }
    }

    @Test
    void formerStatesAndTaiwanHaveTheirOwnNodes() {
        assertThat(states.get("state:CSK").to()).isEqualTo(LocalDate.of(1992, 12, 31));
        assertThat(states.get("state:DDR").to()).isEqualTo(LocalDate.of(1990, 10, 2));
        assertThat(states.get("state:YMD").to()).isEqualTo(LocalDate.of(1990, 5, 21));
        assertThat(states.get("state:ZANZIBAR").to()).isEqualTo(LocalDate.of(1964, 4, 25));
        var taiwan = states.get("state:TWN");
        assertThat(List.of(taiwan.iso3(), taiwan.iso2(), taiwan.name())).containsExactly("TWN", "TW", "Taiwan");
        assertThat(taiwan.aliases()).contains("Republic of China", "ROC");
        assertThat(taiwan.to()).isNull();
        assertThat(Stream.of("state:CSK", "state:DDR", "state:YMD", "state:ZANZIBAR", "state:TWN").map(states::get))
                .allSatisfy(s -> {
                    assertThat(s.unMember()).isFalse();
                    assertThat(s.observer()).isFalse();
                });
        assertThat(document.states()).allSatisfy(s -> {
            if (s.from() != null && s.to() != null) {
                assertThat(s.from()).isBefore(s.to());
            }
        });
    }

    @Test
    void regionalGroupsHaveTheirKnownSizesAndSpecialCases() {
        var members = document.states().stream().filter(s -> Boolean.TRUE.equals(s.unMember()));
        var sizes = members.collect(Collectors.groupingBy(s -> Objects.toString(s.regionalGroup(), "none"),
                TreeMap::new, Collectors.counting()));

        assertThat(sizes).containsExactlyEntriesOf(new TreeMap<>(Map.of("African", 54L, "Asia-Pacific", 54L,
                "EEG", 23L, "GRULAC", 33L, "WEOG", 28L, "none", 1L)));
        assertThat(document.states()).allSatisfy(s -> {
            if (s.regionalGroup() != null) {
                assertThat(REGIONAL_GROUPS).contains(s.regionalGroup());
            }
        });
        assertThat(states.get("state:USA").regionalGroup()).isNull();
        assertThat(states.get("state:VAT").regionalGroup()).isNull();
        assertThat(states.get("state:TUR").regionalGroup()).isEqualTo("WEOG");
        assertThat(states.get("state:ISR").regionalGroup()).isEqualTo("WEOG");
        assertThat(states.get("state:KIR").regionalGroup()).isEqualTo("Asia-Pacific");
        assertThat(states.get("state:EST").regionalGroup()).isEqualTo("EEG");
        assertThat(states.get("state:PSE").regionalGroup()).isEqualTo("Asia-Pacific");
        assertThat(states.get("state:CSK").regionalGroup()).isEqualTo("EEG");
        assertThat(states.get("state:DDR").regionalGroup()).isEqualTo("EEG");
    }

    @Test
    void groupingsNameStatesOfTheFileOnceEachAndMatchTheirRegionalGroups() {
        var groupings = document.groupings().stream().collect(Collectors.toMap(GroupingRecord::id, Function.identity()));
        assertThat(groupings.keySet()).containsExactlyInAnyOrder("grouping:african-group", "grouping:asia-pacific-group",
                "grouping:eeg", "grouping:grulac", "grouping:weog", "grouping:eu");
        assertThat(groupings.get("grouping:african-group").name()).isEqualTo("African Group");

        for (var grouping : document.groupings()) {
            var memberIds = grouping.members().stream().map(ImportDocument.Membership::state).toList();
            // MEMBER_OF is one edge per state and grouping: a second row would overwrite the first.
            assertThat(memberIds).as("members of %s", grouping.id()).doesNotHaveDuplicates();
            assertThat(states.keySet()).containsAll(memberIds);
            grouping.members().forEach(m -> {
                if (m.from() != null && m.to() != null) {
                    assertThat(m.from()).as("%s in %s", m.state(), grouping.id()).isBefore(m.to());
                }
            });
            if (grouping.kind() == GroupingKind.REGIONAL_GROUP) {
                var expected = document.states().stream()
                        .filter(s -> s.regionalGroup() != null
                                && grouping.id().equals(GROUPING_OF_REGIONAL_GROUP.get(s.regionalGroup())))
                        .map(StateRecord::id).toList();
                assertThat(memberIds).as("members of %s", grouping.id()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        var weog = groupings.get("grouping:weog").members();
        assertThat(weog).extracting(ImportDocument.Membership::state).doesNotContain("state:USA");
        assertThat(weog).filteredOn(m -> m.state().equals("state:ISR")).singleElement()
                .satisfies(m -> assertThat(m.from().getYear()).isEqualTo(2000));
        assertThat(groupings.get("grouping:eeg").members()).filteredOn(m -> m.to() != null)
                .extracting(ImportDocument.Membership::state).containsExactlyInAnyOrder("state:CSK", "state:DDR");
    }

    @Test
    void theEuHasItsMembersWithAccessionDates() {
        var eu = document.groupings().stream().filter(g -> g.id().equals("grouping:eu")).findFirst().orElseThrow();
        var from = eu.members().stream().collect(Collectors.toMap(ImportDocument.Membership::state,
                ImportDocument.Membership::from));

        assertThat(eu.kind()).isEqualTo(GroupingKind.ORGANISATION_MEMBERSHIP);
        assertThat(eu.members()).hasSize(28).allSatisfy(m -> assertThat(m.from()).isNotNull());
        assertThat(eu.members()).filteredOn(m -> m.to() == null).hasSize(27);
        assertThat(eu.members()).filteredOn(m -> m.to() != null).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo("state:GBR");
            assertThat(m.to()).isEqualTo(LocalDate.of(2020, 1, 31));
        });
        assertThat(from).containsEntry("state:FRA", LocalDate.of(1958, 1, 1))
                .containsEntry("state:DEU", LocalDate.of(1958, 1, 1))
                .containsEntry("state:GBR", LocalDate.of(1973, 1, 1))
                .containsEntry("state:POL", LocalDate.of(2004, 5, 1))
                .containsEntry("state:ROU", LocalDate.of(2007, 1, 1))
                .containsEntry("state:HRV", LocalDate.of(2013, 7, 1))
                .doesNotContainKey("state:DDR");
    }

    /**
     * The demo dataset writes Canada and the African Group too, and a write sets every field: its records
     * must be the same as these, or loading it after this dataset would blank what this one set.
     */
    @Test
    void theDemoDatasetWritesTheSameRecordsOfWhatBothHold() throws IOException {
        var demo = ImportReader.read(new ClassPathResource("datasets/demo-hrc47.json").getInputStream(),
                "demo-hrc47.json");

        assertThat(demo.states()).isNotEmpty().allSatisfy(state ->
                assertThat(state).as("demo's %s", state.id()).isEqualTo(states.get(state.id())));
        var groupings = document.groupings().stream().collect(Collectors.toMap(GroupingRecord::id, Function.identity()));
        var shared = demo.groupings().stream().filter(g -> groupings.containsKey(g.id())).toList();
        assertThat(shared).extracting(GroupingRecord::id).containsExactly("grouping:african-group");
        shared.forEach(g -> {
            var here = groupings.get(g.id());
            assertThat(List.of(g.name(), g.kind(), Objects.toString(g.declaredSize()),
                    Objects.toString(g.declaredSizeIsLowerBound()), Objects.toString(g.notes())))
                    .as("demo's %s", g.id())
                    .isEqualTo(List.of(here.name(), here.kind(), Objects.toString(here.declaredSize()),
                            Objects.toString(here.declaredSizeIsLowerBound()), Objects.toString(here.notes())));
            // Its members come from this dataset only: the demo lists none, and an import adds edges, never removes them.
            assertThat(g.members()).isEmpty();
        });
    }

    @Test
    void noNameOrAliasPointsAtTwoStates() {
        var shared = names.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(shared).isEmpty();
        // The near-namesakes stay apart, and UN usage decides "Congo".
        assertThat(stateNamed("Congo")).isEqualTo("state:COG");
        assertThat(stateNamed("the Congo")).isEqualTo("state:COG");
        assertThat(stateNamed("DRC")).isEqualTo("state:COD");
        assertThat(stateNamed("Niger")).isEqualTo("state:NER");
        assertThat(stateNamed("Dominica")).isEqualTo("state:DMA");
        assertThat(stateNamed("Sudan")).isEqualTo("state:SDN");
        assertThat(stateNamed("Guinea")).isEqualTo("state:GIN");
        assertThat(stateNamed("Korea")).isNull();
        assertThat(stateNamed("DPRK")).isEqualTo("state:PRK");
        assertThat(stateNamed("ROK")).isEqualTo("state:KOR");
        assertThat(stateNamed("Republic of China")).isEqualTo("state:TWN");
        assertThat(stateNamed("People's Republic of China")).isEqualTo("state:CHN");
    }

    @Test
    void continuingSeatsBelongToTheirPresentMember() {
        assertThat(Map.of("USSR", "state:RUS", "Soviet Union", "state:RUS", "West Germany", "state:DEU",
                "Federal Republic of Germany", "state:DEU", "Yemen Arab Republic", "state:YEM",
                "Yugoslavia", "state:SRB", "Serbia and Montenegro", "state:SRB", "Zaire", "state:COD",
                "Tanganyika", "state:TZA", "Swaziland", "state:SWZ"))
                .allSatisfy((name, id) -> assertThat(stateNamed(name)).as(name).isEqualTo(id));
        assertThat(Map.of("Czechoslovakia", "state:CSK", "East Germany", "state:DDR", "South Yemen", "state:YMD",
                "Zanzibar", "state:ZANZIBAR", "Taiwan", "state:TWN"))
                .allSatisfy((name, id) -> assertThat(stateNamed(name)).as(name).isEqualTo(id));
    }

    /**
     * Every voter of the UNGA data (by its name as printed) is a name, formal name or alias of one state;
     * its code is that state's ISO alpha-2 but where the data's README says otherwise; and no state
     * gets two voters of one session.
     */
    @Test
    void everyUngaVoterIsAStateAndNoStateVotesTwiceInASession() throws IOException {
        var votes = sharedData("unvotes/un_votes.csv.gz");
        var rollCalls = sharedData("unvotes/un_roll_calls.csv.gz");
        assumeTrue(votes != null && rollCalls != null,
                "../shared/data/unvotes/ is not beside the project: the UNGA names are not checked");

        var sessionOf = new HashMap<String, String>();
        readCsv(rollCalls, List.of("rcid", "session"), row -> sessionOf.put(row[0], row[1]));
        var voters = new TreeMap<String, String>();
        var votersOfRollCall = new HashMap<String, Set<String>>();
        readCsv(votes, List.of("rcid", "country", "country_code"), row -> {
            voters.putIfAbsent(row[1], row[2]);
            votersOfRollCall.computeIfAbsent(row[0], r -> new HashSet<>()).add(row[1]);
        });

        assertThat(voters).hasSize(200);
        var stateOf = new HashMap<String, String>();
        voters.forEach((name, code) -> {
            var ids = names.getOrDefault(normalise(name), Set.of());
            assertThat(ids).as("states named '%s'", name).hasSize(1);
            var state = states.get(ids.iterator().next());
            stateOf.put(name, state.id());
            var codeIsNotAnIdentity = code.equals("NA") && !name.equals("Namibia");
            if (!codeIsNotAnIdentity && !code.equals("YU")) {
                assertThat(state.iso2()).as("iso2 of the state of '%s'", name).isEqualTo(code);
            }
        });
        assertThat(stateOf).containsEntry("Federal Republic of Germany", "state:DEU")
                .containsEntry("Yemen Arab Republic", "state:YEM").containsEntry("Yugoslavia", "state:SRB")
                .containsEntry("Zanzibar", "state:ZANZIBAR").containsEntry("Taiwan", "state:TWN")
                .containsEntry("Yemen People's Republic", "state:YMD").containsEntry("Congo - Kinshasa", "state:COD")
                .containsEntry("Congo - Brazzaville", "state:COG").containsEntry("Côte d’Ivoire", "state:CIV");
        assertThat(stateOf.values()).doesNotContain("state:VAT", "state:PSE");

        var sharedInASession = new TreeMap<String, Set<String>>();
        votersOfRollCall.forEach((rcid, countries) -> {
            var byState = countries.stream().collect(Collectors.groupingBy(stateOf::get, Collectors.toSet()));
            byState.forEach((state, together) -> {
                if (together.size() > 1) {
                    sharedInASession.put("session " + sessionOf.get(rcid) + " " + state, together);
                }
            });
        });
        assertThat(sharedInASession).isEmpty();
    }

    /** Every signatory of the 2019-2020 statements on Xinjiang, as printed, is a name or alias of one state. */
    @Test
    void everyNameInTheXinjiangStatementsIsAState() throws IOException {
        var file = sharedData("xinjiang-statements-2019-2020/statements.json");
        assumeTrue(file != null, "../shared/data/xinjiang-statements-2019-2020/ is not beside the project");

        var printed = new HashSet<String>();
        for (var statement : JsonMapper.builder().build().readTree(Files.readString(file))) {
            addTexts(statement.path("signatories_as_written"), printed);
            addTexts(statement.path("late_joiners_2019_07_26"), printed);
            statement.path("signatories_by_source").forEach(list -> addTexts(list, printed));
            if (statement.path("lead_state").isString()) {
                printed.add(statement.path("lead_state").asString());
            }
        }
        assertThat(printed).hasSizeGreaterThan(100);
        var resolved = new TreeMap<String, String>();
        for (var name : printed) {
            var ids = names.getOrDefault(normalise(name.replaceFirst("^(?i)(of course )?the ", "")), Set.of());
            assertThat(ids).as("states named '%s'", name).hasSize(1);
            resolved.put(name, ids.iterator().next());
        }
        assertThat(resolved).containsEntry("CAR", "state:CAF").containsEntry("DRC", "state:COD")
                .containsEntry("Democratic Republic of Congo", "state:COD").containsEntry("the Congo", "state:COG")
                .containsEntry("Guinea Bissau", "state:GNB").containsEntry("Guinea", "state:GIN")
                .containsEntry("UAE", "state:ARE").containsEntry("Laos", "state:LAO")
                .containsEntry("North Korea", "state:PRK").containsEntry("the Sudan", "state:SDN")
                .containsEntry("South Sudan", "state:SSD").containsEntry("Palestine", "state:PSE")
                .containsEntry("the United States", "state:USA").containsEntry("The Netherlands", "state:NLD")
                .containsEntry("Niger", "state:NER").containsEntry("Nigeria", "state:NGA")
                .containsEntry("Dominica", "state:DMA").containsEntry("Equatorial Guinea", "state:GNQ");
    }

    private static void addTexts(JsonNode list, Set<String> into) {
        list.forEach(item -> into.add(item.asString()));
    }

    /** The state whose name, formal name or alias this is after normalisation; null for none. */
    private static String stateNamed(String name) {
        var ids = names.getOrDefault(normalise(name), Set.of());
        assertThat(ids).as("states named '%s'", name).hasSizeLessThan(2);
        return ids.isEmpty() ? null : ids.iterator().next();
    }

    private static List<String> namesOf(StateRecord state) {
        var all = new ArrayList<String>();
        all.add(state.name());
        if (state.formalName() != null) {
            all.add(state.formalName());
        }
        if (state.aliases() != null) {
            all.addAll(state.aliases());
        }
        return all;
    }

    /** Lower case, no accents, punctuation as spaces, one space between words, no leading "the". */
    static String normalise(String name) {
        var plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var words = PUNCTUATION.matcher(plain).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A file of {@code ../shared/data/}, looked for beside the project and then beside each folder above it. */
    private static Path sharedData(String file) {
        for (var dir = Path.of("").toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/data").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Reads the named columns of a gzipped CSV with a header line. */
    private static void readCsv(Path gz, List<String> columns, Consumer<String[]> row) throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            var header = List.of(in.readLine().split(",", -1));
            var index = columns.stream().mapToInt(header::indexOf).toArray();
            assertThat(index).as("columns %s of %s", columns, gz).doesNotContain(-1);
            String line;
            while ((line = in.readLine()) != null) {
                var cells = line.indexOf('"') < 0 ? List.of(line.split(",", -1)) : splitCsv(line);
                var values = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    values[i] = cells.get(index[i]);
                }
                row.accept(values);
            }
        }
    }

    /** Splits one CSV line, honouring double quotes (the roll calls' descriptions have commas). */
    private static List<String> splitCsv(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
