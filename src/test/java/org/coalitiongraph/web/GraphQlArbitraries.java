package org.coalitiongraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values for any GraphQL input type of the schema, mostly hostile: ids that exist and ids that
 * do not, text that looks like Cypher or Lucene syntax, very long and odd Unicode text, extreme
 * numbers, dates that are no dates, enum names that are no members, and input objects with fields
 * left out, null or wrong.
 */
final class GraphQlArbitraries {

    /** Marks an input field left out (as opposed to given as null). */
    static final Object LEFT_OUT = new Object();

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

    private GraphQlArbitraries() {
    }

    static Arbitrary<Object> of(GraphQLInputType type) {
        return of(type, 0);
    }

    private static Arbitrary<Object> of(GraphQLInputType type, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return valueOf((GraphQLInputType) nonNull.getWrappedType(), depth);
        }
        return valueOf(type, depth).injectNull(0.1);
    }

    private static Arbitrary<Object> valueOf(GraphQLInputType type, int depth) {
        return switch (type) {
            case GraphQLList list -> of((GraphQLInputType) list.getWrappedType(), depth + 1).list().ofMaxSize(depth > 1 ? 1 : 4)
                    .map(values -> (Object) values);
            case GraphQLEnumType enumType -> Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(9, Arbitraries.of(enumType.getValues().stream().map(value -> (Object) value.getName()).toList())),
                    net.jqwik.api.Tuple.of(1, Arbitraries.of((Object) "NOT_A_MEMBER", "", 7)));
            case GraphQLInputObjectType object -> inputObject(object, depth);
            case GraphQLScalarType scalar -> scalar(scalar.getName());
            default -> throw new IllegalArgumentException("No values for " + type);
        };
    }

    private static Arbitrary<Object> inputObject(GraphQLInputObjectType object, int depth) {
        if (depth > 3) {
            return Arbitraries.just(Map.of());
        }
        var fields = object.getFieldDefinitions();
        var values = new ArrayList<Arbitrary<Object>>();
        for (var field : fields) {
            var value = of(field.getType(), depth + 1);
            values.add(field.getType() instanceof GraphQLNonNull
                    ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(19, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(LEFT_OUT)))
                    : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(LEFT_OUT))));
        }
        return Combinators.combine(values).as(list -> {
            var map = new LinkedHashMap<String, Object>();
            for (int i = 0; i < fields.size(); i++) {
                if (list.get(i) != LEFT_OUT) {
                    map.put(fields.get(i).getName(), list.get(i));
                }
            }
            return (Object) map;
        });
    }

    private static Arbitrary<Object> scalar(String name) {
        return switch (name) {
            case "Int" -> Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
                    Arbitraries.of((Object) 0, -1, 1, 20, 100, 101, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case "Float" -> Arbitraries.doubles().map(d -> (Object) d);
            case "Boolean" -> Arbitraries.of((Object) true, false);
            case "Date" -> Arbitraries.oneOf(Arbitraries.of((Object) "2021-06-22", "1945-10-24", "2100-01-01", "0001-01-01"),
                    Arbitraries.of(HOSTILE_TEXT).map(text -> (Object) text));
            default -> text();
        };
    }

    private static Arbitrary<Object> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(KNOWN_IDS)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(HOSTILE_TEXT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars(":._-/").ofMaxLength(30)
                        .map(suffix -> "stmt:" + suffix)))
                .map(text -> (Object) text);
    }
}
