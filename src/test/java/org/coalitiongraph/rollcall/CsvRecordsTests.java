package org.coalitiongraph.rollcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLiteralBackslashes() throws IOException {
        // The shape of a real un_roll_calls row: R writes \ as itself and doubles quotes.
        var rows = read("rcid,descr\n5,\"TOTAL NUMBER OF \\MEMBERS PRESENT AND VOTING\\\\, IN CALCULATING.\\\"\"\"\"\"\n6,plain\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("5",
                "TOTAL NUMBER OF \\MEMBERS PRESENT AND VOTING\\\\, IN CALCULATING.\\\"\"");
        assertThat(rows.get(2).fields()).containsExactly("6", "plain");
    }

    @Test
    void emptyFieldsAndCrLfLineEnds() throws IOException {
        var rows = read("a,b,c\r\n,,\r\n1,\"\",3");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("", "", "");
        assertThat(rows.get(2).fields()).containsExactly("1", "", "3");
    }

    @Test
    void aRecordKnowsTheLineItStartsOnAcrossQuotedLineBreaks() throws IOException {
        var rows = read("h1,h2\n1,\"two\nlines\"\n2,x\n");

        assertThat(rows).extracting(CsvRecords.Row::line).containsExactly(1L, 2L, 4L);
        assertThat(rows.get(1).fields()[1]).isEqualTo("two\nlines");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("a\n\"open\n"))
                .isInstanceOf(CsvRecords.MalformedCsvException.class)
                .hasMessage("a quoted field is not closed")
                .satisfies(e -> assertThat(((CsvRecords.MalformedCsvException) e).line()).isEqualTo(2));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsNotGuessedAt() {
        assertThatThrownBy(() -> read("a,b\n1,x\"y\n"))
                .isInstanceOf(CsvRecords.MalformedCsvException.class)
                .hasMessage("a quote inside an unquoted field");
    }

    private static List<CsvRecords.Row> read(String text) throws IOException {
        var csv = new CsvRecords(new StringReader(text));
        var rows = new ArrayList<CsvRecords.Row>();
        for (var row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        return rows;
    }
}
