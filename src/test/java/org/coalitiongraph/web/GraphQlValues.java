package org.coalitiongraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.random.RandomGenerator;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;

/**
 * Values for any GraphQL input type of the schema, mostly hostile: ids that exist and ids that
 * do not, text that looks like Cypher or Lucene syntax, very long and odd Unicode text, extreme
 * numbers, dates that are no dates, enum names that are no members, and input objects with fields
 * left out, null or wrong. Drawn from the generator given, so a seed repeats a request exactly.
 */
final class GraphQlValues {

    static final List<String> KNOWN_IDS = List.of("state:CAN", "CAN", "org:ishr", "stmt:hrc47-canada-xinjiang",
            "stmt:hrc47-letters-resolution-43-1", "issue:xinjiang", "issue:china", "session:HRC47",
            "grouping:hrc47-canada-xinjiang", "grouping:african-group", "person:michelle-bachelet",
            "src:ishr-2021-hrc47-uyghurs", "stmt:fuzz", "state:XFZ", "org:fuzz", "issue:fuzz", "session:FUZZ1",
            "grouping:fuzz", "src:fuzz", "person:fuzz", "stmt:" + "x".repeat(9_000), "org:" + "y".repeat(201));

    static final List<String> HOSTILE_TEXT = List.of("", " ", "'", "\"", "\\", "x'}) MATCH (n) DETACH DELETE n //",
            "\" OR 1=1 --", "$ids", "{id: 1}", "` DROP DATABASE neo4j `", "*", "?", "~", "AND OR NOT", "title:(x OR",
            "[a TO z]", "/.*/", "\u0000", "\uD800", "é\u0301", "中文", "🏳️‍🌈", "null", "NaN", "-1", "1e309",
            "2021-02-30", "0000-01-01", "+1000000-01-01", "2021-06-22T10:00:00Z", "W3sib3JkZXIi", "eyJ4Ijoi",
            "a".repeat(1001), "x".repeat(20_000));

    /** Characters that mean something to Cypher, Lucene, JSON or a shell. */
    static final String SYNTAX = "'\"\\{}()[]$`/*:;-—.\n\t\u0000 ";

    private static final List<Integer> EDGE_INTS = List.of(0, -1, 1, 20, 100, 101, Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final List<Double> EDGE_DOUBLES = List.of(0.0, -0.0, 1e-300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE, 0.5);
    private static final String ODD_CHARS = "\u0000\u001f\u007f\uD800\uDFFF\uFFFF\u202E ";
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:._-/";

    private final RandomGenerator random;

    GraphQlValues(RandomGenerator random) {
        this.random = random;
    }

    /** A value for an argument or input field of this type; null (sent as null) now and then when it may be null. */
    Object of(GraphQLInputType type) {
        return of(type, 0);
    }

    private Object of(GraphQLInputType type, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return valueOf((GraphQLInputType) nonNull.getWrappedType(), depth);
        }
        return chance(0.1) ? null : valueOf(type, depth);
    }

    private Object valueOf(GraphQLInputType type, int depth) {
        return switch (type) {
            case GraphQLList list -> {
                int size = random.nextInt(depth > 1 ? 2 : 5);
                var values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    values.add(of((GraphQLInputType) list.getWrappedType(), depth + 1));
                }
                yield values;
            }
            case GraphQLEnumType enumType -> chance(0.9) ? pick(enumType.getValues()).getName() : pick(List.of("NOT_A_MEMBER", "", 7));
            case GraphQLInputObjectType object -> inputObject(object, depth);
            case GraphQLScalarType scalar -> scalar(scalar.getName());
            default -> throw new IllegalArgumentException("No values for " + type);
        };
    }

    /** Required fields left out now and then, optional ones half the time. */
    private Object inputObject(GraphQLInputObjectType object, int depth) {
        var map = new LinkedHashMap<String, Object>();
        if (depth > 3) {
            return map;
        }
        for (var field : object.getFieldDefinitions()) {
            boolean required = field.getType() instanceof GraphQLNonNull;
            if (chance(required ? 0.95 : 0.5)) {
                map.put(field.getName(), of(field.getType(), depth + 1));
            }
        }
        return map;
    }

    private Object scalar(String name) {
        return switch (name) {
            case "Int" -> chance(0.5) ? random.nextInt() : pick(EDGE_INTS);
            case "Float" -> chance(0.5) ? (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-10, 300)) : pick(EDGE_DOUBLES);
            case "Boolean" -> random.nextBoolean();
            case "Date" -> chance(0.5) ? pick(List.of("2021-06-22", "1945-10-24", "2100-01-01", "0001-01-01")) : pick(HOSTILE_TEXT);
            default -> text();
        };
    }

    private String text() {
        int roll = random.nextInt(11);
        if (roll < 4) {
            return pick(KNOWN_IDS);
        }
        if (roll < 8) {
            return pick(HOSTILE_TEXT);
        }
        if (roll < 10) {
            return anyChars(random.nextInt(41));
        }
        return "stmt:" + chars(ID_CHARS, random.nextInt(31));
    }

    /** A position in a list of this size. */
    int index(int size) {
        return random.nextInt(size);
    }

    /** Cypher-looking text for a field stored as it is sent: Unicode only (an unpaired surrogate cannot cross UTF-8). */
    String hostileText() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(HOSTILE_TEXT.stream().filter(GraphQlValues::isUnicode).toList());
            case 1 -> chars(SYNTAX, 1 + random.nextInt(40));
            default -> {
                String text;
                do {
                    text = anyChars(1 + random.nextInt(20));
                } while (!isUnicode(text));
                yield text;
            }
        };
    }

    /** Any UTF-16 code units, surrogates and control characters included, with the edges of the range more often. */
    private String anyChars(int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(chance(0.2) ? ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length()))
                    : (char) random.nextInt(chance(0.5) ? 0x80 : 0x10000));
        }
        return text.toString();
    }

    private String chars(String from, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(from.charAt(random.nextInt(from.length())));
        }
        return text.toString();
    }

    static boolean isUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
