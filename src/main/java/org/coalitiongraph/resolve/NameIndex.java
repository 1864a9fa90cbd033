package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of records (states or organisations) by normalised key, and the matching of a written name
 * against them: exact key, then word order, then — for states — the first or last words of a name,
 * then one typo (two in long names). Every stage past the exact one accepts only a single record
 * clearly ahead of any other, so near-namesakes (Niger and Nigeria, Dominica and the Dominican
 * Republic) come back AMBIGUOUS rather than guessed. Immutable; answers are memoised.
 */
final class NameIndex {

    /** Longer than any name, of a state or an organisation: unknown without reading it. */
    static final int LONGEST_NAME = 300;

    /** Words that, on their own, point at no record in particular. */
    private static final Set<String> GENERIC = Set.of("africa", "african", "america", "american", "arab", "republic",
            "democratic", "peoples", "people", "united", "states", "state", "kingdom", "islands", "island", "saint",
            "new", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "central", "federal",
            "federated", "islamic", "socialist", "union", "great", "plurinational", "bolivarian", "principality", "commonwealth", "sultanate", "grand",
            "duchy", "independent", "international", "human", "rights", "national", "council", "association",
            "organisation", "organization", "for", "institute", "network", "foundation", "watch", "world");

    /**
     * The words a note in parentheses is made of ("Canada (lead)", "Holy See (non-member observer
     * State)"): anything else there may name another place ("Congo (Katanga)", "Sudan (SSD)"). Not "pending" or "tbc": a
     * signature still awaited is no signature.
     */
    private static final Set<String> NOTE_WORDS = Set.of("observer", "observers", "state", "states", "member", "members",
            "non", "nonmember", "lead", "leader", "chair", "chairs", "co", "cochair", "vice", "sponsor", "sponsors",
            "cosponsor", "cosponsors", "sponsoring", "core", "group", "signatory", "signed", "endorsed", "endorsing",
            "country", "countries", "delegation", "mission", "permanent", "speaking", "speaker", "coordinator",
            "facilitator", "penholder", "president", "presidency", "pro", "tempore", "video", "virtual", "also", "main",
            "principal", "initiator", "initiators", "convenor", "convener", "host", "via", "ad", "ref", "referendum", "joined",
            "later", "late", "on", "behalf", "eu", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");
    /** A day of the month in a note: "(signed 12 July)". */
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern ON_BEHALF = Pattern.compile("(?:also )?on behalf of\\b");

    /**
     * Words a state's form of government is written in: "Islamic Republic of …", "Hashemite Kingdom of …", and as
     * tables shorten them after a comma ("Congo, Dem. Rep.", "Micronesia, Fed. Sts.", "Lao PDR").
     */
    static final Set<String> FORM_OF_GOVERNMENT = Set.of("republic", "kingdom", "state", "states", "sultanate", "principality", "grand",
            "duchy", "federation", "federal", "federated", "federative", "fed", "sts", "commonwealth", "union", "islamic", "democratic",
            "peoples", "people", "socialist", "united", "arab", "plurinational", "bolivarian", "hashemite", "independent", "cooperative",
            "emirate", "rb", "pdr", "sar", "former", "yugoslav");
    /** Forms of government with a name that were another state than today's of that name (spaces and hyphens left out). */
    private static final Set<String> NOT_TODAYS = Set.of("republicofvietnam", "republicofchina", "republicoftanganyika");

    private static final int MEMO_LIMIT = 100_000;
    /** Names shorter than this (in letters of the key, spaces included) take only a swap, a letter left out or doubled. */
    private static final int SHORT_NAME = 7;
    private static final int CANDIDATE_LIMIT = 5;

    /** One way of writing a record's name. */
    record Entry(String id, String text, MatchKind kind) {
    }

    private final Map<String, Map<String, Entry>> byKey = new HashMap<>();
    /**
     * The names in English only: typos, partial and shortened names are looked for among these, the rules being tuned on
     * them; a name in another language matches exactly only ("Nueva Guinea" ends "Papúa Nueva Guinea", but is an island).
     */
    private final Map<String, Map<String, Entry>> englishByKey = new HashMap<>();
    private final Map<String, Map<String, Entry>> bySortedKey = new HashMap<>();
    private final List<String> englishKeys;
    /** The English keys by length, shortest first, so a typo search reads only keys of about the right length. */
    private final String[] keysByLength;
    private final int[] firstOfLength;
    private final byte[][] lettersByLength;
    /** The English keys sorted, and written backwards sorted: the keys that begin or end with a phrase are a range of each. */
    private final String[] sortedKeys;
    private final String[] sortedReversedKeys;
    private final boolean partialNames;
    /** Every word of every name of each record. */
    private final Map<String, Set<String>> wordsById = new HashMap<>();
    private final Map<String, NameMatch> memo = new ConcurrentHashMap<>();

    /**
     * @param entries      every name, formal name, acronym and alias of every record
     * @param partialNames whether the first or last words of a name may stand for it (states: yes)
     */
    NameIndex(List<Entry> entries, boolean partialNames) {
        this.partialNames = partialNames;
        for (var entry : entries) {
            var words = Names.words(entry.text());
            if (words.isEmpty()) {
                continue;
            }
            add(byKey, String.join(" ", words), entry);
            add(bySortedKey, Names.sortedKey(words), entry);
            if (entry.kind() == MatchKind.TRANSLATION) {
                continue;
            }
            add(englishByKey, String.join(" ", words), entry);
            wordsById.computeIfAbsent(entry.id(), id -> new HashSet<>()).addAll(words);
            var bare = Names.keyWithoutParentheses(entry.text());
            if (bare != null && !bare.isEmpty()) {
                add(byKey, bare, entry);
                add(englishByKey, bare, entry);
            }
        }
        this.englishKeys = List.copyOf(englishByKey.keySet());
        this.keysByLength = englishKeys.stream().sorted(Comparator.comparingInt(String::length)).toArray(String[]::new);
        int longest = keysByLength.length == 0 ? 0 : keysByLength[keysByLength.length - 1].length();
        this.firstOfLength = new int[longest + 2];
        for (int length = 0, i = 0; length <= longest + 1; length++) {
            while (i < keysByLength.length && keysByLength[i].length() < length) {
                i++;
            }
            firstOfLength[length] = i;
        }
        this.sortedKeys = englishKeys.stream().sorted().toArray(String[]::new);
        this.sortedReversedKeys = englishKeys.stream().map(NameIndex::reversed).sorted().toArray(String[]::new);
        this.lettersByLength = new byte[keysByLength.length][];
        for (int i = 0; i < keysByLength.length; i++) {
            lettersByLength[i] = Typos.letters(keysByLength[i]);
        }
    }

    /** Adds an entry under a key; the surest way of writing a record wins where one record has two. */
    private static void add(Map<String, Map<String, Entry>> index, String key, Entry entry) {
        index.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(entry.id(), entry,
                (old, candidate) -> candidate.kind().ordinal() < old.kind().ordinal() ? candidate : old);
    }

    NameMatch match(String input) {
        return input != null && input.length() > LONGEST_NAME ? NameMatch.unknown(input, List.of()) : match(input, Names.key(input));
    }

    /** @param key {@code Names.key(input)}, when the caller has it already */
    NameMatch match(String input, String key) {
        // No name is that long; the readings below would take time as the square of its length.
        if (key.isEmpty() || input.length() > LONGEST_NAME) {
            return NameMatch.unknown(input, List.of());
        }
        // What is in parentheses is read apart from the rest: "Congo (Zaire)" and "Congo, Zaire" share a key, not an answer.
        var memoKey = input.indexOf('(') < 0 ? key : key + '\u0000' + input.strip();
        var known = memo.get(memoKey);
        if (known != null) {
            return known.forInput(input);
        }
        var answer = compute(input, key);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(memoKey, answer);
        }
        return answer;
    }

    /** Exact key only: for callers that combine pieces of text and must not accept a guess. */
    NameMatch exact(String input) {
        return exact(input, Names.key(input));
    }

    NameMatch exact(String input, String key) {
        var hit = byKey.get(key);
        return hit == null ? NameMatch.unknown(input, List.of()) : decide(input, hit, hit.values().iterator().next().kind());
    }

    private NameMatch compute(String input, String key) {
        var exact = byKey.get(key);
        if (exact != null) {
            return decide(input, exact, null);
        }
        var parenthesised = parenthesised(input);
        if (parenthesised != null) {
            return parenthesised;
        }
        var words = Names.split(key);
        var reordered = bySortedKey.get(Names.sortedKey(words));
        if (reordered != null) {
            return decide(input, reordered, MatchKind.WORD_ORDER);
        }
        var formOf = partialNames ? formOfGovernment(words) : null;
        if (formOf != null) {
            return NameMatch.resolved(input, formOf.id(), MatchKind.PARTIAL, formOf.text());
        }
        var partial = partialNames ? partial(words) : Map.<String, Entry>of();
        var typos = typos(key);
        var closest = typos.isEmpty() ? Integer.MAX_VALUE : typos.values().iterator().next().distance();
        if (partial.size() == 1) {
            var id = partial.keySet().iterator().next();
            // A partial name that is also a typo of another record ("Dominican": Dominica) is not sure.
            boolean rival = typos.values().stream().anyMatch(near -> near.distance() <= 1 && !near.entry().id().equals(id));
            if (!rival) {
                return NameMatch.resolved(input, id, MatchKind.PARTIAL, partial.get(id).text());
            }
        }
        if (!typos.isEmpty() && partial.isEmpty()) {
            var best = typos.values().iterator().next();
            boolean alone = typos.values().stream()
                    .noneMatch(near -> !near.entry().id().equals(best.entry().id()) && near.distance() <= best.distance() + 1);
            if (alone && best.distance() <= allowedTypos(key) && prefixRivals(words, best.entry().id()).isEmpty()
                    && plausibleTypo(key, best.key(), best.distance()) && ownWordsAgree(words, Names.split(best.key()))) {
                return NameMatch.resolved(input, best.entry().id(), MatchKind.TYPO, best.entry().text());
            }
        }
        var candidates = new LinkedHashSet<String>();
        partial.keySet().stream().sorted().forEach(candidates::add);
        typos.values().stream().filter(near -> near.distance() <= Math.max(allowedTypos(key), 1) + 1)
                .forEach(near -> candidates.add(near.entry().id()));
        if (partialNames) {
            prefixRivals(words, null).stream().sorted().forEach(candidates::add);
        }
        var list = candidates.stream().limit(CANDIDATE_LIMIT).toList();
        return list.size() > 1 && (partial.size() > 1 || closest <= allowedTypos(key))
                ? NameMatch.ambiguous(input, list)
                : NameMatch.unknown(input, list);
    }

    /**
     * The record whose name has the written words, those cut short as the start of its words ("Eq.
     * Guinea", "Bosnia and Herz.", "St. Vin. and Gren.", as maps print them). Exactly one record, or
     * UNKNOWN / AMBIGUOUS.
     */
    NameMatch cutShort(String input, Set<String> cut) {
        var words = Names.words(input);
        if (words.stream().noneMatch(cut::contains)) {
            return NameMatch.unknown(input, List.of());
        }
        var pattern = Pattern.compile(words.stream().map(word -> Pattern.quote(word) + (cut.contains(word) ? "\\p{L}*" : ""))
                .collect(Collectors.joining(" ")));
        var found = new LinkedHashMap<String, Entry>();
        for (var key : englishKeys) {
            if (pattern.matcher(key).matches()) {
                // "Arg." shortens an English name, not "Argelia".
                englishByKey.get(key).values().forEach(entry -> found.putIfAbsent(entry.id(), entry));
            }
        }
        if (found.size() == 1) {
            var entry = found.values().iterator().next();
            return NameMatch.resolved(input, entry.id(), MatchKind.PARTIAL, entry.text());
        }
        return found.isEmpty() ? NameMatch.unknown(input, List.of()) : NameMatch.ambiguous(input, List.copyOf(found.keySet()));
    }

    /**
     * A name with a part in parentheses, read as its two parts: the part in parentheses may say which
     * record is meant ("Myanmar (Burma)", "Congo (Zaire)", "Korea (ROK)") when the rest is one of its
     * names' words, or be a note on it ("Canada (lead)", "Pakistan (on behalf of the OIC)") when it is
     * made of {@link #NOTE_WORDS} only. Null when neither ("Samoa (American)", "Sudan (South)", "Congo
     * (RDC)"), for the stages after, which read it as words of the name.
     */
    private NameMatch parenthesised(String input) {
        var bare = Names.keyWithoutParentheses(input);
        var inside = Names.inParentheses(input);
        if (bare == null || bare.isEmpty() || inside.isEmpty()) {
            return null;
        }
        var bareHits = byKey.get(bare);
        var insideHits = byKey.get(String.join(" ", inside));
        if (insideHits != null && insideHits.size() == 1) {
            var entry = insideHits.values().iterator().next();
            var bareWords = Names.split(bare).stream().filter(word -> !Names.FILLER.contains(word)).toList();
            if (bareHits != null && bareHits.containsKey(entry.id()) || wordsById.get(entry.id()).containsAll(bareWords)) {
                return NameMatch.resolved(input, entry.id(), entry.kind(), entry.text());
            }
            if (bareHits != null) {
                var ids = new LinkedHashSet<>(bareHits.keySet());
                ids.add(entry.id());
                return NameMatch.ambiguous(input, List.copyOf(ids));
            }
            return null;
        }
        boolean note = ON_BEHALF.matcher(String.join(" ", inside)).lookingAt()
                || inside.stream().allMatch(word -> Names.FILLER.contains(word) || NOTE_WORDS.contains(word) || DAY.matcher(word).matches());
        return bareHits != null && note ? decide(input, bareHits, null) : null;
    }

    private static NameMatch decide(String input, Map<String, Entry> hits, MatchKind kind) {
        if (hits.size() == 1) {
            var entry = hits.values().iterator().next();
            return NameMatch.resolved(input, entry.id(), kind == null ? entry.kind() : kind, entry.text());
        }
        return NameMatch.ambiguous(input, List.copyOf(hits.keySet()));
    }

    /** Records one of whose names begins or ends with all the given words, when one of them is distinctive. */
    private Map<String, Entry> partial(List<String> words) {
        // A distinctive word of four letters or more: "Nam" alone is the Non-Aligned Movement more often than Viet Nam.
        if (words.stream().noneMatch(word -> word.length() >= 4 && !GENERIC.contains(word) && !Names.FILLER.contains(word))) {
            return Map.of();
        }
        var phrase = String.join(" ", words);
        var found = new LinkedHashMap<String, Entry>();
        // The start of a name or formal name, not of an alias: "Chinese" begins "Chinese Taipei" but is not Taiwan.
        for (var key : startingWith(sortedKeys, phrase + " ")) {
            englishByKey.get(key).values().stream().filter(entry -> entry.kind() != MatchKind.ALIAS)
                    .forEach(entry -> found.putIfAbsent(entry.id(), entry));
        }
        // The end of a name only when it starts with a word of its own: "Republic of Viet Nam" and "Northern
        // Ireland" end longer names, but name other places.
        if (!GENERIC.contains(words.getFirst()) && !Names.FILLER.contains(words.getFirst())) {
            for (var key : startingWith(sortedReversedKeys, reversed(" " + phrase))) {
                englishByKey.get(reversed(key)).values().forEach(entry -> found.putIfAbsent(entry.id(), entry));
            }
        }
        return found;
    }

    /** Records with a name that starts with the given words: "Dominican" is the start of "Dominican Republic". */
    private List<String> prefixRivals(List<String> words, String except) {
        var rivals = new ArrayList<String>();
        for (var key : startingWith(sortedKeys, String.join(" ", words) + " ")) {
            englishByKey.get(key).values().stream().map(Entry::id)
                    .filter(id -> !id.equals(except) && !rivals.contains(id)).forEach(rivals::add);
        }
        return rivals;
    }

    /** The keys of a sorted array that start with a prefix: one binary search, then a walk along the range. */
    private static List<String> startingWith(String[] sorted, String prefix) {
        int at = Arrays.binarySearch(sorted, prefix);
        var found = new ArrayList<String>();
        for (int i = at < 0 ? -at - 1 : at; i < sorted.length && sorted[i].startsWith(prefix); i++) {
            found.add(sorted[i]);
        }
        return found;
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    private record Near(Entry entry, String key, int distance) {
    }

    /**
     * A typo keeps the first letter (people rarely miss it: "Prussia" is not Russia, "Yalta" not Malta)
     * and every generic word ("North Sudan" is not South Sudan, "South America" not South Africa). Two
     * edits keep the first three letters and the length within one ("Phillipines"; not "Australasia",
     * "Macaronesia"), and no digit changes. In a short name another letter makes another word more often than a typo ("Tanga",
     * "Pulau", "Guyane", "Nigel": not Tonga, Palau, Guyana, Niger).
     */
    private static boolean plausibleTypo(String written, String known, int distance) {
        // A number is no typo: "Article 18" is another organisation than ARTICLE 19, "Group of 7" another group than of 77.
        if (written.charAt(0) != known.charAt(0) || !genericWords(written).equals(genericWords(known))
                || !digits(written).equals(digits(known))) {
            return false;
        }
        if (distance >= 2) {
            return written.length() >= 3 && known.startsWith(written.substring(0, 3)) && Math.abs(written.length() - known.length()) <= 1;
        }
        // A letter more or another one in a short name makes another word as often as a typo ("Lagos", "Osman",
        // "Nigel", "Perun": not Laos, Oman, Niger, Peru); two letters swapped, one left out or one doubled is a typo.
        return written.length() >= SHORT_NAME && known.length() >= SHORT_NAME || swapped(written, known)
                || oneLetterLess(written, known) || doubled(written, known);
    }

    private static String digits(String key) {
        return key.replaceAll("\\D+", " ").strip();
    }

    /** Whether b is a with two neighbouring letters swapped ("Itlay"). */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /** Whether the shorter is the longer with one letter left out ("Norwy"). */
    private static boolean oneLetterLess(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** Whether the written name is the known one with a letter written twice ("Mallta", "Nepall"). */
    private static boolean doubled(String written, String known) {
        if (!oneLetterLess(known, written)) {
            return false;
        }
        int i = 0;
        while (i < known.length() && known.charAt(i) == written.charAt(i)) {
            i++;
        }
        return i > 0 && written.charAt(i) == written.charAt(i - 1);
    }

    /**
     * Whether the written name's own words, its generic ones left out, are the same as the known name's or
     * a typo of them by the rules for a name of their length: generic words do not make a short name long.
     * "Islamic Republic of Irak" is no typo of the Islamic Republic of Iran (Irak and Iran are four letters),
     * "Republic of Togo" none of the Republic of Congo; "Papua New Guniea" is.
     */
    private static boolean ownWordsAgree(List<String> written, List<String> known) {
        var own = ownWords(written);
        var knownOwn = ownWords(known);
        if (own.equals(knownOwn) || own.isEmpty() || own.length() == String.join(" ", written).length()) {
            return true;
        }
        int distance = Typos.distance(own, knownOwn, 2);
        return distance <= allowedTypos(own) && plausibleTypo(own, knownOwn, distance);
    }

    private static String ownWords(List<String> words) {
        return String.join(" ", words.stream().filter(word -> !GENERIC.contains(word) && !Names.FILLER.contains(word)).toList());
    }

    /** Whether a piece of a list is only words of a form of government ("Dem. Rep.", "Republic of", "Fed. Sts."). */
    static boolean isFormOfGovernment(String piece) {
        if (piece.length() > 60) {
            return false;
        }
        var words = Names.split(Names.key(piece));
        return !words.isEmpty() && words.size() <= 6
                && words.stream().allMatch(word -> FORM_OF_GOVERNMENT.contains(word) || Names.FILLER.contains(word));
    }

    /**
     * "Republic of Iran", "Kingdom of Jordan": a state's name after words of its form of government, each of
     * them a word of its own names (not "Kingdom of Congo", "Islamic Republic of Iraq"), and not a state of
     * the past ("Republic of Vietnam"). Null unless exactly one record fits.
     */
    private Entry formOfGovernment(List<String> words) {
        int first = 0;
        while (first < words.size() && FORM_OF_GOVERNMENT.contains(words.get(first))) {
            first++;
        }
        var form = words.subList(0, first);
        while (first < words.size() && Names.FILLER.contains(words.get(first))) {
            first++;
        }
        if (form.isEmpty() || first == words.size() || NOT_TODAYS.contains(String.join("", words).replace("-", ""))) {
            return null;
        }
        var named = byKey.get(String.join(" ", words.subList(first, words.size())));
        if (named == null || named.size() != 1) {
            return null;
        }
        var entry = named.values().iterator().next();
        return wordsById.get(entry.id()).containsAll(form) ? entry : null;
    }

    private static Set<String> genericWords(String key) {
        var generic = new HashSet<String>();
        for (var word : Names.split(key)) {
            if (GENERIC.contains(word)) {
                generic.add(word);
            }
        }
        return generic;
    }

    /** The nearest key of each record within reach, nearest first. */
    private Map<String, Near> typos(String key) {
        int reach = Math.max(allowedTypos(key), 1) + 1;
        var nearest = new HashMap<String, Near>();
        int from = firstOfLength[Math.max(0, Math.min(key.length() - reach, firstOfLength.length - 1))];
        int to = firstOfLength[Math.min(key.length() + reach + 1, firstOfLength.length - 1)];
        var letters = Typos.letters(key);
        for (int i = from; i < to; i++) {
            if (Typos.fewestEdits(letters, lettersByLength[i]) > reach) {
                continue;
            }
            var candidate = keysByLength[i];
            int distance = Typos.distance(key, candidate, reach);
            if (distance > reach) {
                continue;
            }
            for (var entry : englishByKey.get(candidate).values()) {
                // Of two names of one record as near, the longer ("Malaysa": Malaysia, not Malaya), which a typo rule trusts more.
                nearest.merge(entry.id(), new Near(entry, candidate, distance), (a, b) -> a.distance() != b.distance()
                        ? a.distance() < b.distance() ? a : b
                        : a.key().length() >= b.key().length() ? a : b);
            }
        }
        var sorted = new LinkedHashMap<String, Near>();
        nearest.values().stream().sorted(Comparator.comparingInt(Near::distance).thenComparing(near -> near.entry().id()))
                .forEach(near -> sorted.put(near.entry().id(), near));
        return sorted;
    }

    /** Short names allow no typo: one edit turns too many of them into another real name. */
    private static int allowedTypos(String key) {
        int letters = key.replace(" ", "").length();
        return letters < 5 ? 0 : letters < 10 ? 1 : 2;
    }
}
