package org.coalitiongraph.rollcall;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * Which state node each voter of the UNGA files lands on: the reviewed table
 * {@code datasets/unvotes/voters.csv} (country, country_code, state_id, state_name, note), shipped in
 * the app. A voter is its name <em>and</em> code: {@code NA} is Namibia's code and also the file's
 * missing code for three other voters. The rule the table follows is in {@code datasets/unvotes/README.md}.
 */
final class VoterTable {

    static final String RESOURCE = "datasets/unvotes/voters.csv";
    private static final List<String> HEADER = List.of("country", "country_code", "state_id", "state_name", "note");
    private static final Pattern STATE_ID = Pattern.compile("state:[A-Z]{3,}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** A state node voters land on, with the voter names that map to it. */
    record StateNode(String id, String name, String iso3, List<String> voterNames) {
    }

    /** voter key (name and code) → the voter's row index, from 0. */
    private final Map<String, Integer> byVoter;
    /** voter row index → index into {@link #nodes}. */
    private final int[] nodeOfVoter;
    private final List<String> voterNames;
    private final List<StateNode> nodes;

    private VoterTable(Map<String, Integer> byVoter, int[] nodeOfVoter, List<String> voterNames, List<StateNode> nodes) {
        this.byVoter = byVoter;
        this.voterNames = voterNames;
        this.nodeOfVoter = nodeOfVoter;
        this.nodes = nodes;
    }

    /** The table the app ships. */
    static VoterTable shipped() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the voter table " + RESOURCE, e);
        }
    }

    /** @throws IllegalStateException when the table itself is malformed: a mistake in the app, not in the user's files */
    static VoterTable read(InputStream in, String name) throws IOException {
        var csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
        var header = csv.next();
        if (header == null || !List.of(header.fields()).equals(HEADER)) {
            throw new IllegalStateException(name + ": the header must be " + String.join(",", HEADER));
        }
        var byVoter = new HashMap<String, Integer>();
        var nodeIndex = new LinkedHashMap<String, Integer>();
        var names = new ArrayList<String>();
        var voterNames = new ArrayList<List<String>>();
        var nodeOfVoter = new ArrayList<Integer>();
        var voterRows = new ArrayList<String>();
        for (var row = csv.next(); row != null; row = csv.next()) {
            var f = row.fields();
            if (f.length != HEADER.size()) {
                throw new IllegalStateException(name + " line " + row.line() + ": " + HEADER.size() + " fields expected");
            }
            if (!STATE_ID.matcher(f[2]).matches() || f[3].isBlank() || f[0].isBlank()) {
                throw new IllegalStateException(name + " line " + row.line() + ": needs a country and a state_id state:<ISO3> with a state_name");
            }
            int index = nodeIndex.computeIfAbsent(f[2], id -> {
                names.add(f[3]);
                voterNames.add(new ArrayList<>());
                return nodeIndex.size();
            });
            if (!names.get(index).equals(f[3])) {
                throw new IllegalStateException(name + " line " + row.line() + ": " + f[2] + " is named '" + names.get(index)
                        + "' on an earlier line");
            }
            voterNames.get(index).add(f[0]);
            nodeOfVoter.add(index);
            voterRows.add(f[0] + " (" + f[1] + ")");
            if (byVoter.put(key(f[0], f[1]), nodeOfVoter.size() - 1) != null) {
                throw new IllegalStateException(name + " line " + row.line() + ": " + f[0] + " (" + f[1] + ") is given twice");
            }
        }
        var nodes = new ArrayList<StateNode>();
        nodeIndex.forEach((id, index) -> {
            var code = id.substring("state:".length());
            nodes.add(new StateNode(id, names.get(index), ISO3.matcher(code).matches() ? code : null,
                    List.copyOf(voterNames.get(index))));
        });
        return new VoterTable(Map.copyOf(byVoter), nodeOfVoter.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(voterRows), List.copyOf(nodes));
    }

    /** The voter's row index (from 0), or -1 when the table does not have it. */
    int voterOf(String country, String code) {
        return byVoter.getOrDefault(key(country, code), -1);
    }

    /** The voter's name and code as the files give them, e.g. {@code Namibia (NA)}. */
    String voterName(int voter) {
        return voterNames.get(voter);
    }

    /** The index in {@link #nodes()} of the node a voter lands on. */
    int nodeOf(int voter) {
        return nodeOfVoter[voter];
    }

    /** The state nodes, in table order; a vote refers to its voter's node by index in this list. */
    List<StateNode> nodes() {
        return nodes;
    }

    int voters() {
        return byVoter.size();
    }

    private static String key(String country, String code) {
        return country + '\u0000' + code;
    }
}
