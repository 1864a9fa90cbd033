package org.coalitiongraph.prediction.votes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How alike the texts of roll calls are: TF-IDF vectors of title and description, compared by cosine.
 *
 * <p>The inverse document frequencies are counted over every roll call given, later ones included.
 * That is no look-ahead on outcomes: texts are not votes, and a word's rarity barely moves from one
 * year to the next. Boilerplate that every resolution carries ("draft resolution", "adopted by the
 * General Assembly") is cut first, so that it does not make unrelated roll calls look alike.
 */
final class RollCallTexts {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "resolution\\s*/\\s*adopted by the general a[a-z]*|draft resolution|adopted by the general assembly|the (acting )?president");
    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9\\-]+|[0-9]+");
    private static final Set<String> STOP_WORDS = stopWords();

    /** Per text, its terms (ascending term numbers) and their weights, the vector of length 1 (or 0 when empty). */
    private final int[][] terms;
    private final double[][] weights;
    /** Per term, the texts that hold it and its weight there. */
    private final int[][] postingTexts;
    private final double[][] postingWeights;

    private RollCallTexts(int[][] terms, double[][] weights, int termCount) {
        this.terms = terms;
        this.weights = weights;
        var counts = new int[termCount];
        for (var t : terms) {
            for (int term : t) {
                counts[term]++;
            }
        }
        postingTexts = new int[termCount][];
        postingWeights = new double[termCount][];
        for (int term = 0; term < termCount; term++) {
            postingTexts[term] = new int[counts[term]];
            postingWeights[term] = new double[counts[term]];
        }
        var filled = new int[termCount];
        for (int text = 0; text < terms.length; text++) {
            for (int i = 0; i < terms[text].length; i++) {
                int term = terms[text][i];
                postingTexts[term][filled[term]] = text;
                postingWeights[term][filled[term]++] = weights[text][i];
            }
        }
    }

    /** @param texts one text per roll call (title and description together); null counts as empty */
    static RollCallTexts of(List<String> texts) {
        var vocabulary = new HashMap<String, Integer>();
        var counted = new ArrayList<Map<Integer, Integer>>();
        for (var text : texts) {
            var counts = new TreeMap<Integer, Integer>();
            for (var token : tokens(text)) {
                int term = vocabulary.computeIfAbsent(token, t -> vocabulary.size());
                counts.merge(term, 1, Integer::sum);
            }
            counted.add(counts);
        }
        var documentFrequency = new int[vocabulary.size()];
        for (var counts : counted) {
            counts.keySet().forEach(term -> documentFrequency[term]++);
        }
        int n = texts.size();
        var terms = new int[n][];
        var weights = new double[n][];
        for (int text = 0; text < n; text++) {
            var counts = counted.get(text);
            terms[text] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            weights[text] = new double[terms[text].length];
            double norm = 0;
            for (int i = 0; i < terms[text].length; i++) {
                int term = terms[text][i];
                double tf = 1 + Math.log(counts.get(term));
                double idf = Math.log((1.0 + n) / (1.0 + documentFrequency[term])) + 1;
                weights[text][i] = tf * idf;
                norm += weights[text][i] * weights[text][i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < weights[text].length; i++) {
                weights[text][i] /= norm;
            }
        }
        return new RollCallTexts(terms, weights, vocabulary.size());
    }

    /**
     * What a roll call's similarity is read from: title and description. A title the import made up
     * (the head of the description, or "UNGA roll call 123" where there is neither) adds nothing.
     */
    static String document(String title, String text) {
        if (title == null || title.startsWith("UNGA roll call ")) {
            return text;
        }
        if (text == null) {
            return title;
        }
        var head = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
        return text.startsWith(head) ? text : title + " " + text;
    }

    /** The words that count: lower case, boilerplate cut, two characters or more, no stop words. */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        var cleaned = BOILERPLATE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        var matcher = TOKEN.matcher(cleaned);
        var tokens = new ArrayList<String>();
        while (matcher.find()) {
            var token = matcher.group();
            if (token.length() >= 2 && !STOP_WORDS.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The cosine similarity of text {@code text} with every text, by text number (itself included). */
    double[] similarities(int text) {
        var similarities = new double[terms.length];
        for (int i = 0; i < terms[text].length; i++) {
            int term = terms[text][i];
            double weight = weights[text][i];
            var texts = postingTexts[term];
            var postings = postingWeights[term];
            for (int j = 0; j < texts.length; j++) {
                similarities[texts[j]] += weight * postings[j];
            }
        }
        return similarities;
    }

    double similarity(int a, int b) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms[a].length && j < terms[b].length) {
            int compared = Integer.compare(terms[a][i], terms[b][j]);
            if (compared == 0) {
                sum += weights[a][i++] * weights[b][j++];
            } else if (compared < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    private static Set<String> stopWords() {
        try (InputStream in = RollCallTexts.class.getResourceAsStream("/prediction/english-stop-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
