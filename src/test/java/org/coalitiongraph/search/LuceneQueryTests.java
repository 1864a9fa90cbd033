package org.coalitiongraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coalitiongraph.web.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class LuceneQueryTests {

    @Test
    void dropsStopWordsAndFoldsAccentsBecausePrefixTermsBypassTheAnalyzer() {
        assertThat(LuceneQuery.everyWord("Déclaration on the Uyghurs", "text"))
                .isEqualTo("+(declaration^3 OR declaration* OR declaration~2) +(uyghurs^3 OR uyghurs* OR uyghurs~2)");
    }

    @Test
    void takesLuceneSyntaxLiterally() {
        assertThat(LuceneQuery.anyWord("title:x* AND (y) OR \"z\"~", "text"))
                .isEqualTo("(title^3 OR title* OR title~1) OR (x^3 OR x*) OR (y^3 OR y*) OR (z^3 OR z*)");
    }

    @Test
    void refusesTextWithNothingToLookFor() {
        assertThatThrownBy(() -> LuceneQuery.anyWord("the on ?!", "text"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("text:");
    }
}
