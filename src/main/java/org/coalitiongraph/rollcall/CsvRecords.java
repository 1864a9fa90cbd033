package org.coalitiongraph.rollcall;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and R's {@code write.csv}): fields separated by commas, a field
 * in double quotes may hold commas, line breaks and doubled quotes. Backslashes are plain characters:
 * the UNGA files have {@code \} in texts that is not an escape. Each record knows the line it starts
 * on, so that a problem can be reported where a user finds it. Hand-written rather than a library:
 * it is the inner loop of reading 870,109 votes, and needs nothing more than this.
 */
final class CsvRecords {

    /** One record: its fields and the line (from 1) it starts on. */
    record Row(long line, String[] fields) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(16);

    CsvRecords(Reader in) {
        this.in = in;
    }

    /**
     * @return the next record, or null at the end
     * @throws MalformedCsvException when a quoted field is not closed, or a quote stands inside an unquoted field
     */
    Row next() throws IOException {
        if (!fill()) {
            return null;
        }
        long start = line;
        fields.clear();
        while (true) {
            boolean lastOfRecord = readField(start);
            fields.add(field.toString());
            if (lastOfRecord) {
                return new Row(start, fields.toArray(String[]::new));
            }
        }
    }

    /** Reads one field into {@link #field}; true when it ends its record (line end or end of input). */
    private boolean readField(long start) throws IOException {
        field.setLength(0);
        if (fill() && buffer[position] == '"') {
            position++;
            while (true) {
                if (!fill()) {
                    throw new MalformedCsvException(start, "a quoted field is not closed");
                }
                char c = buffer[position++];
                if (c == '"') {
                    if (fill() && buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        break;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            }
            if (!fill()) {
                return true;
            }
            char after = buffer[position++];
            return switch (after) {
                case ',' -> false;
                case '\n' -> endOfLine();
                case '\r' -> endOfLine() && skipNewline();
                default -> throw new MalformedCsvException(line, "text after a closing quote");
            };
        }
        while (fill()) {
            char c = buffer[position++];
            switch (c) {
                case ',':
                    return false;
                case '\n':
                    return endOfLine();
                case '\r':
                    return endOfLine() && skipNewline();
                case '"':
                    throw new MalformedCsvException(line, "a quote inside an unquoted field");
                default:
                    field.append(c);
            }
        }
        return true;
    }

    private boolean endOfLine() {
        line++;
        return true;
    }

    /** After a carriage return: the line feed of a CRLF line end belongs to it. */
    private boolean skipNewline() throws IOException {
        if (fill() && buffer[position] == '\n') {
            position++;
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        return limit > 0;
    }

    /** The input is not CSV at the given line. */
    static final class MalformedCsvException extends IOException {

        private final long line;

        MalformedCsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
