package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void fieldsAreSeparatedByCommasAndRowsByLineBreaksOfAnyKind() {
        assertThat(Csv.parse("a,b,c\r\n1,2,3\n4,5,6\r7,8,9")).containsExactly(
                new Csv.Row(1, List.of("a", "b", "c")), new Csv.Row(2, List.of("1", "2", "3")),
                new Csv.Row(3, List.of("4", "5", "6")), new Csv.Row(4, List.of("7", "8", "9")));
    }

    @Test
    void emptyFieldsAreKeptAndEmptyLinesSkipped() {
        assertThat(Csv.parse("a,,c,\n\n,\r\n\r\nz\n")).containsExactly(
                new Csv.Row(1, List.of("a", "", "c", "")), new Csv.Row(3, List.of("", "")), new Csv.Row(5, List.of("z")));
    }

    @Test
    void quotedFieldsHoldSeparatorsLineBreaksAndDoubledQuotes() {
        var rows = Csv.parse("name,note\n\"Korea, Republic of\",\"said \"\"no\"\"\nthen left\"\nnext,\"\"\n");

        assertThat(rows).containsExactly(new Csv.Row(1, List.of("name", "note")),
                new Csv.Row(2, List.of("Korea, Republic of", "said \"no\"\nthen left")),
                new Csv.Row(4, List.of("next", "")));
    }

    @Test
    void spacesAreKeptAsTheyAre() {
        assertThat(Csv.parse(" a , b ").getFirst().fields()).containsExactly(" a ", " b ");
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstColumn() {
        assertThat(Csv.parse("\uFEFFstatement_id,date\nx,y").getFirst().fields()).containsExactly("statement_id", "date");
    }

    @Test
    void semicolonsOrTabsSeparateWhenTheHeaderHasNoComma() {
        assertThat(Csv.parse("a;b\n\"1;x\";2,5")).containsExactly(new Csv.Row(1, List.of("a", "b")),
                new Csv.Row(2, List.of("1;x", "2,5")));
        assertThat(Csv.parse("a\tb\n1\t2").get(1).fields()).containsExactly("1", "2");
        assertThat(Csv.parse("\"a;b\",c").getFirst().fields()).containsExactly("a;b", "c");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Csv.parse("a,b\nsay \"hi\",x"))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("line 2").hasMessageContaining("double quote");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> Csv.parse("a\n\"x\"y,z"))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("'y' after a closing double quote");
    }

    @Test
    void aQuoteLeftOpenIsRefusedAtTheLineItOpens() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\n2,3\n"))
                .isInstanceOfSatisfying(Csv.CsvException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("never closed");
    }

    @Test
    void nothingGivesNoRows() {
        assertThat(Csv.parse("")).isEmpty();
        assertThat(Csv.parse("\n\r\n")).isEmpty();
    }
}
