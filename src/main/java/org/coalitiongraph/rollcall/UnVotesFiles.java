package org.coalitiongraph.rollcall;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.coalitiongraph.ingest.ImportProblem;
import org.coalitiongraph.ingest.InvalidImportException;

/**
 * Reads and checks the three UNGA files of a directory whole, before anything is written: roll calls
 * ({@code un_roll_calls}), their issues ({@code un_roll_call_issues}) and the votes ({@code un_votes}),
 * each as {@code .csv.gz} or {@code .csv}. Any problem, e.g. {@code un_votes.csv.gz line 1234: vote
 * 'maybe' is not yes, no or abstain}, is collected; if there is one, nothing is returned and the
 * exception lists them all (up to {@link #MAX_PROBLEMS}).
 */
final class UnVotesFiles {

    static final String ROLL_CALLS = "un_roll_calls";
    static final String ISSUES = "un_roll_call_issues";
    static final String VOTES = "un_votes";
    /** Past this many, a file is plainly not what it should be; listing more helps nobody. */
    static final int MAX_PROBLEMS = 100;
    /** Titles are shown in lists; a roll call without a short title gets the head of its description. */
    static final int MAX_TITLE = 300;

    private static final Pattern ISSUE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String MISSING = "NA";

    /** What the files hold, checked. */
    record Contents(List<RollCall> rollCalls, List<RollCall.Issue> issues, long votes) {
    }

    private final VoterTable voters;
    private final List<ImportProblem> problems = new ArrayList<>();
    /** rcid → the roll call being built, in rcid order. */
    private final TreeMap<Integer, Builder> rollCalls = new TreeMap<>();
    private final Map<String, RollCall.Issue> issues = new LinkedHashMap<>();
    /** session → for each node, the voter on it (index + 1), 0 for none yet. */
    private final Map<Integer, int[]> voterOnNode = new HashMap<>();
    private long votes;

    private UnVotesFiles(VoterTable voters) {
        this.voters = voters;
    }

    /**
     * @param directory where the three files are
     * @throws InvalidImportException naming every problem with its file and line; nothing was read then
     */
    static Contents read(Path directory, VoterTable voters) throws IOException {
        var reader = new UnVotesFiles(voters);
        var rollCalls = file(directory, ROLL_CALLS);
        var issues = file(directory, ISSUES);
        var votes = file(directory, VOTES);
        for (var missing : List.of(rollCalls, issues, votes)) {
            if (!Files.isRegularFile(missing)) {
                reader.problems.add(new ImportProblem(missing.getFileName().toString(),
                        "no such file in " + directory.toAbsolutePath() + " (looked for .csv.gz and .csv)"));
            }
        }
        reader.fail(directory);
        reader.each(rollCalls, List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"),
                reader::rollCall);
        // Issues and votes refer to roll calls: a roll-call file with problems would only add echoes of them.
        reader.fail(directory);
        reader.each(issues, List.of("rcid", "short_name", "issue"), reader::issue);
        reader.each(votes, List.of("rcid", "country", "country_code", "vote"), reader::vote);
        reader.fail(directory);
        var built = reader.rollCalls.values().stream().map(Builder::build).toList();
        return new Contents(built, List.copyOf(reader.issues.values()), reader.votes);
    }

    /** The file by its stem: gzipped, or else plain. */
    static Path file(Path directory, String stem) {
        var gzipped = directory.resolve(stem + ".csv.gz");
        return Files.exists(gzipped) || !Files.exists(directory.resolve(stem + ".csv")) ? gzipped
                : directory.resolve(stem + ".csv");
    }

    private void fail(Path directory) {
        if (!problems.isEmpty()) {
            throw new InvalidImportException(directory.toString(), problems);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(Line line, String[] fields);
    }

    /** Where a row is, for its problems. */
    private record Line(String file, long number) {
        String where() {
            return file + " line " + number;
        }
    }

    private void each(Path path, List<String> header, RowReader rows) throws IOException {
        var name = path.getFileName().toString();
        try (var in = open(path)) {
            var csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            var first = csv.next();
            if (first == null || !Arrays.asList(first.fields()).equals(header)) {
                problem(new Line(name, 1), "the header must be " + String.join(",", header)
                        + (first == null ? ", the file is empty" : ", was " + String.join(",", first.fields())));
                return;
            }
            for (var row = csv.next(); row != null && problems.size() < MAX_PROBLEMS; row = csv.next()) {
                var line = new Line(name, row.line());
                if (row.fields().length != header.size()) {
                    problem(line, header.size() + " fields expected (" + String.join(",", header) + "), found "
                            + row.fields().length);
                } else {
                    rows.read(line, row.fields());
                }
            }
        } catch (CsvRecords.MalformedCsvException e) {
            problem(new Line(name, e.line()), "not CSV: " + e.getMessage());
        } catch (IOException e) {
            // A truncated or corrupt gzip, typically: say which file rather than fail without one.
            problem(new Line(name, 0), "cannot be read: " + e);
        }
    }

    private static InputStream open(Path path) throws IOException {
        var in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private void rollCall(Line line, String[] f) {
        var rcid = positive(line, "rcid", f[0]);
        var session = positive(line, "session", f[1]);
        var important = flag(line, "importantvote", f[2]);
        var date = date(line, f[3]);
        var amendment = flag(line, "amend", f[5]);
        var paragraph = flag(line, "para", f[6]);
        if (rcid == null || session == null || date == null) {
            return;
        }
        var earlier = rollCalls.get(rcid);
        if (earlier != null) {
            problem(line, "rcid " + rcid + " is already on line " + earlier.line);
            return;
        }
        var symbol = value(f[4]);
        var shortTitle = value(f[7]);
        var text = value(f[8]);
        rollCalls.put(rcid, new Builder(line.number(), rcid, session, date, symbol, title(rcid, shortTitle, text), text,
                important.value, amendment.value, paragraph.value, voters.voters()));
    }

    private void issue(Line line, String[] f) {
        var rcid = positive(line, "rcid", f[0]);
        var code = f[1].strip().toLowerCase();
        var name = value(f[2]);
        if (!ISSUE_CODE.matcher(code).matches()) {
            problem(line, "short_name '" + f[1] + "' is not a short code of letters and digits, e.g. hr");
            return;
        }
        if (name == null) {
            problem(line, "issue is empty");
            return;
        }
        var issue = new RollCall.Issue("issue:unga-" + code, name);
        var known = issues.putIfAbsent(code, issue);
        if (known != null && !known.name().equals(name)) {
            problem(line, "short_name '" + code + "' is '" + known.name() + "' on an earlier line, here '" + name + "'");
            return;
        }
        if (rcid == null) {
            return;
        }
        var rollCall = rollCalls.get(rcid);
        if (rollCall == null) {
            problem(line, "rcid " + rcid + " is not a roll call of " + ROLL_CALLS);
        } else if (rollCall.issues.containsKey(issue.id())) {
            problem(line, "roll call " + rcid + " already has issue '" + code + "'");
        } else {
            rollCall.issues.put(issue.id(), issue);
        }
    }

    private void vote(Line line, String[] f) {
        var rcid = positive(line, "rcid", f[0]);
        var voter = voters.voterOf(f[1], f[2]);
        if (voter < 0) {
            problem(line, "voter '" + f[1] + "' (country_code '" + f[2] + "') is not in the voter table "
                    + VoterTable.RESOURCE + "; add it there with the state node it maps to");
        }
        int value = switch (f[3]) {
            case "yes" -> Builder.YES;
            case "no" -> Builder.NO;
            case "abstain" -> Builder.ABSTAIN;
            default -> {
                problem(line, "vote '" + f[3] + "' is not yes, no or abstain");
                yield -1;
            }
        };
        if (rcid == null || voter < 0 || value < 0) {
            return;
        }
        var rollCall = rollCalls.get(rcid);
        if (rollCall == null) {
            problem(line, "rcid " + rcid + " is not a roll call of " + ROLL_CALLS);
            return;
        }
        var node = voters.nodeOf(voter);
        var earlier = rollCall.lineOfVoter[voter];
        if (earlier > 0) {
            problem(line, "'" + f[1] + "' (" + f[2] + ") already voted in roll call " + rcid + " on line " + earlier);
            return;
        }
        // voter + 1 on each node in this session, 0 for none yet.
        var onNode = voterOnNode.computeIfAbsent(rollCall.session, session -> new int[voters.nodes().size()]);
        if (onNode[node] != 0 && onNode[node] != voter + 1) {
            // The table merged two seats that coexist: their votes would be indistinguishable on one node.
            problem(line, "'" + f[1] + "' and '" + voters.voterName(onNode[node] - 1) + "' both vote in session "
                    + rollCall.session + " and both map to " + voters.nodes().get(node).id() + " in "
                    + VoterTable.RESOURCE + "; a node cannot stand for two voters of one session");
            return;
        }
        onNode[node] = voter + 1;
        rollCall.lineOfVoter[voter] = line.number();
        rollCall.add(value, node);
        votes++;
    }

    private Integer positive(Line line, String column, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(line, column + " '" + text + "' is not a positive whole number");
        return null;
    }

    private record Flag(Boolean value) {
    }

    private Flag flag(Line line, String column, String text) {
        return switch (text.strip()) {
            case "1" -> new Flag(true);
            case "0" -> new Flag(false);
            case "", MISSING -> new Flag(null);
            default -> {
                problem(line, column + " '" + text + "' is not 0, 1 or NA");
                yield new Flag(null);
            }
        };
    }

    private LocalDate date(Line line, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problem(line, "date '" + text + "' is not an ISO date such as 2012-11-29");
            return null;
        }
    }

    /** A text field; blank and R's missing value {@code NA} are absent. */
    private static String value(String text) {
        var stripped = text.strip();
        return stripped.isEmpty() || stripped.equals(MISSING) ? null : stripped;
    }

    /**
     * The short title; where there is none, the head of the description (the UN catalogue writes the
     * title before " : resolution / adopted by …"), else a title made from the rcid.
     */
    static String title(int rcid, String shortTitle, String text) {
        if (shortTitle != null) {
            return shortTitle;
        }
        if (text == null) {
            return "UNGA roll call " + rcid;
        }
        var colon = text.indexOf(" : ");
        var head = colon > 0 ? text.substring(0, colon).strip() : text;
        return head.length() <= MAX_TITLE ? head : head.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private void problem(Line line, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(line.where(), message));
        }
    }

    /** A roll call while its issues and votes are read. */
    private static final class Builder {

        static final int YES = 0;
        static final int NO = 1;
        static final int ABSTAIN = 2;

        final long line;
        final int rcid;
        final int session;
        final LocalDate date;
        final String symbol;
        final String title;
        final String text;
        final Boolean important;
        final Boolean amendment;
        final Boolean paragraph;
        final Map<String, RollCall.Issue> issues = new LinkedHashMap<>();
        /** voter index → the line of its vote in this roll call, or 0. */
        final long[] lineOfVoter;
        final int[][] nodes = {new int[16], new int[16], new int[16]};
        final int[] sizes = new int[3];

        Builder(long line, int rcid, int session, LocalDate date, String symbol, String title, String text,
                Boolean important, Boolean amendment, Boolean paragraph, int voterCount) {
            this.line = line;
            this.rcid = rcid;
            this.session = session;
            this.date = date;
            this.symbol = symbol;
            this.title = title;
            this.text = text;
            this.important = important;
            this.amendment = amendment;
            this.paragraph = paragraph;
            this.lineOfVoter = new long[voterCount];
        }

        void add(int value, int node) {
            if (sizes[value] == nodes[value].length) {
                nodes[value] = Arrays.copyOf(nodes[value], nodes[value].length * 2);
            }
            nodes[value][sizes[value]++] = node;
        }

        RollCall build() {
            return new RollCall(rcid, session, date, symbol, title, text, important, amendment, paragraph,
                    List.copyOf(issues.values()), sorted(YES), sorted(NO), sorted(ABSTAIN));
        }

        private int[] sorted(int value) {
            var result = Arrays.copyOf(nodes[value], sizes[value]);
            Arrays.sort(result);
            return result;
        }
    }
}
