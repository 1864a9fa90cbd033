package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it: fields separated by commas, rows by CRLF or LF, a field in double
 * quotes may hold separators, line breaks and doubled quotes ({@code "say ""no"""}). Spreadsheets
 * set to some locales separate by semicolons or tabs: the header row decides, whichever of the
 * three it holds outside quotes (commas first). Each row keeps the line it starts on, so that a
 * problem can name it. Empty lines are skipped. Strict otherwise: a quote inside an unquoted field,
 * text after a closing quote or a quote left open is an error naming its line.
 */
public final class Csv {

    /** One row: the line of the text it starts on (from 1) and its fields. */
    public record Row(int line, List<String> fields) {
    }

    /** Text that is not CSV; nothing of it is used. */
    public static final class CsvException extends RuntimeException {

        private final int line;

        CsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final String text;
    private final char separator;
    private int at;
    private int line = 1;

    private Csv(String text) {
        // A byte order mark is what some spreadsheets put first; it is no part of the first column's name.
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separatorOf(this.text);
    }

    public static List<Row> parse(String text) {
        return new Csv(text).rows();
    }

    private List<Row> rows() {
        var rows = new ArrayList<Row>();
        while (at < text.length()) {
            if (lineBreak()) {
                continue;
            }
            int start = line;
            var fields = new ArrayList<String>();
            do {
                fields.add(field());
            } while (at < text.length() && text.charAt(at) == separator && ++at > 0);
            if (at < text.length() && !lineBreak()) {
                throw new CsvException(line, "unexpected " + describe(text.charAt(at)));
            }
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }

    private String field() {
        if (at < text.length() && text.charAt(at) == '"') {
            return quoted();
        }
        int start = at;
        while (at < text.length() && text.charAt(at) != separator && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            if (text.charAt(at) == '"') {
                throw new CsvException(line, "a double quote inside a field that does not start with one;"
                        + " put the whole field in double quotes and double the quote inside (\"\")");
            }
            at++;
        }
        return text.substring(start, at);
    }

    private String quoted() {
        int opened = line;
        var value = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new CsvException(opened, "a double quote opened here is never closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    value.append('"');
                    at++;
                    continue;
                }
                if (at < text.length() && text.charAt(at) != separator && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                    throw new CsvException(line, describe(text.charAt(at)) + " after a closing double quote;"
                            + " a quoted field ends at the quote");
                }
                return value.toString();
            }
            if (c == '\n' || (c == '\r' && (at >= text.length() || text.charAt(at) != '\n'))) {
                line++;
            }
            value.append(c);
        }
    }

    /** Consumes one line break (CRLF, LF or CR) if there is one here. */
    private boolean lineBreak() {
        char c = text.charAt(at);
        if (c == '\r') {
            at += at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
        } else if (c == '\n') {
            at++;
        } else {
            return false;
        }
        line++;
        return true;
    }

    private static char separatorOf(String text) {
        boolean quoted = false;
        boolean semicolon = false;
        boolean tab = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                return ',';
            } else if (!quoted) {
                semicolon |= c == ';';
                tab |= c == '\t';
            }
        }
        return semicolon ? ';' : tab ? '\t' : ',';
    }

    private static String describe(char c) {
        return c == '"' ? "a double quote" : "'" + c + "'";
    }
}
