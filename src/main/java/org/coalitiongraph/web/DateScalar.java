package org.coalitiongraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code Date} scalar: an ISO-8601 calendar date such as {@code 2021-06-22}. */
public final class DateScalar {

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("An ISO-8601 calendar date, e.g. 2021-06-22")
            .coercing(new DateCoercing())
            .build();

    private DateScalar() {
    }

    private static final class DateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Not a date: " + value);
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            return parse(input, CoercingParseValueException::new);
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            return parse(input instanceof StringValue string ? string.getValue() : input,
                    CoercingParseLiteralException::new);
        }

        private static LocalDate parse(Object input, java.util.function.Function<String, RuntimeException> error) {
            if (input instanceof String text) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            throw error.apply("Expected an ISO-8601 date such as 2021-06-22, got " + input);
        }
    }
}
