package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema documents itself: every type, field, input field and enum value has a description. */
class SchemaDescriptionsTests {

    @Test
    void everyTypeAndFieldIsDescribed() throws IOException {
        var registry = new TypeDefinitionRegistry();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
            registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        var undescribed = new ArrayList<String>();
        registry.types().values().forEach(type -> {
            if (!type.getName().equals("Query")) {
                check(undescribed, type.getName(), (AbstractDescribedNode<?>) type);
            }
            switch (type) {
                case ObjectTypeDefinition o -> o.getFieldDefinitions().forEach(f -> check(undescribed, o.getName() + "." + f.getName(), f));
                case InterfaceTypeDefinition i -> i.getFieldDefinitions().forEach(f -> check(undescribed, i.getName() + "." + f.getName(), f));
                case InputObjectTypeDefinition i -> i.getInputValueDefinitions().forEach(f -> check(undescribed, i.getName() + "." + f.getName(), f));
                case EnumTypeDefinition e -> e.getEnumValueDefinitions().forEach(v -> check(undescribed, e.getName() + "." + v.getName(), v));
                default -> { }
            }
        });
        registry.objectTypeExtensions().getOrDefault("Query", List.of()).forEach(extension -> extension
                .getFieldDefinitions().forEach(f -> check(undescribed, "Query." + f.getName(), f)));

        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    private static void check(List<String> undescribed, String name, AbstractDescribedNode<?> node) {
        if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
            undescribed.add(name);
        }
    }
}
