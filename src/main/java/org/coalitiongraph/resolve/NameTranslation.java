package org.coalitiongraph.resolve;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of an organisation's name in French or Spanish as the English ones they stand for:
 * "Fédération internationale pour les droits humains (FIDH)" names the International Federation for
 * Human Rights, "Organización Mundial Contra la Tortura (OMCT)" the World Organisation Against
 * Torture. Only the words such names are made of; a name with another word translates to nothing.
 */
final class NameTranslation {

    private static final Set<String> LINKING = Set.of("les", "la", "le", "l", "de", "des", "du", "d", "el", "los", "las", "del", "et",
            "y", "the", "of", "and", "a", "al");
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("federation", "federation"), Map.entry("federacion", "federation"),
            Map.entry("internationale", "international"), Map.entry("internacional", "international"),
            Map.entry("international", "international"),
            Map.entry("pour", "for"), Map.entry("por", "for"), Map.entry("para", "for"), Map.entry("for", "for"),
            Map.entry("droits", "rights"), Map.entry("derechos", "rights"), Map.entry("rights", "rights"),
            Map.entry("humains", "human"), Map.entry("humanos", "human"), Map.entry("homme", "human"), Map.entry("lhomme", "human"),
            Map.entry("human", "human"),
            Map.entry("organisation", "organisation"), Map.entry("organizacion", "organisation"), Map.entry("organization", "organisation"),
            Map.entry("mondiale", "world"), Map.entry("mondial", "world"), Map.entry("mundial", "world"), Map.entry("world", "world"),
            Map.entry("contre", "against"), Map.entry("contra", "against"), Map.entry("against", "against"),
            Map.entry("torture", "torture"), Map.entry("tortura", "torture"),
            Map.entry("service", "service"), Map.entry("servicio", "service"),
            Map.entry("commission", "commission"), Map.entry("comision", "commission"),
            Map.entry("juristes", "jurists"), Map.entry("juristas", "jurists"), Map.entry("jurists", "jurists"),
            Map.entry("reporters", "reporters"), Map.entry("reporteros", "reporters"),
            Map.entry("sans", "without"), Map.entry("sin", "without"), Map.entry("without", "without"),
            Map.entry("frontieres", "borders"), Map.entry("fronteras", "borders"), Map.entry("borders", "borders"),
            Map.entry("campagne", "campaign"), Map.entry("campana", "campaign"), Map.entry("campaign", "campaign"),
            Map.entry("congres", "congress"), Map.entry("congreso", "congress"), Map.entry("congress", "congress"),
            Map.entry("solidarite", "solidarity"), Map.entry("solidaridad", "solidarity"),
            Map.entry("chretienne", "christian"), Map.entry("cristiana", "christian"),
            Map.entry("projet", "project"), Map.entry("proyecto", "project"),
            Map.entry("defenseurs", "defenders"), Map.entry("defensores", "defenders"),
            Map.entry("ouighours", "uyghur"), Map.entry("ouighour", "uyghur"), Map.entry("ouigours", "uyghur"), Map.entry("uigur", "uyghur"),
            Map.entry("uigures", "uyghur"), Map.entry("uyghur", "uyghur"), Map.entry("tibet", "tibet"));

    private NameTranslation() {
    }

    /** Whether the written name, word for word, is the English one: the same words, in any order. Null-safe. */
    static boolean translates(String written, String english) {
        var translated = englishWords(written);
        return translated != null && !translated.isEmpty() && translated.equals(englishWords(english));
    }

    /** The English words a name's words stand for, linking words left out; null when a word is none this class knows. */
    private static Set<String> englishWords(String name) {
        var words = Names.split(Names.key(name.replaceAll("['\u2019]", " ")));
        if (words.stream().anyMatch(word -> !LINKING.contains(word) && !ENGLISH.containsKey(word))) {
            return null;
        }
        return words.stream().filter(word -> !LINKING.contains(word)).map(ENGLISH::get).collect(Collectors.toSet());
    }
}
