package org.coalitiongraph.person;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.coalitiongraph.actor.Organisation;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.graph.RelatedNodes;
import org.coalitiongraph.security.Caller;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * People not marked public are shown only to authenticated readers; to anyone else such a person is
 * answered as if absent, since people in this graph may be at risk of reprisals.
 */
@Controller
class PersonController {

    private final PersonRepository people;
    private final RelatedNodes related;
    private final NodeMapper nodes;

    PersonController(PersonRepository people, RelatedNodes related, NodeMapper nodes) {
        this.people = people;
        this.related = related;
        this.nodes = nodes;
    }

    @QueryMapping
    Person person(@Argument String id, GraphQLContext context) {
        var person = Caller.of(context).seesPrivatePeople() ? people.findById(id) : people.findPublicById(id);
        return person.orElse(null);
    }

    @SchemaMapping(typeName = "Person", field = "public")
    boolean isPublic(Person person) {
        return Boolean.TRUE.equals(person.isPublic());
    }

    @BatchMapping
    Map<Person, List<Affiliation>> affiliations(List<Person> persons) {
        return related.load(persons, Person::id, "queries/person/affiliations", this::affiliation);
    }

    /** The first affiliation in the query's order: a current one, else the latest ended one. */
    @BatchMapping
    Map<Person, Organisation> organisation(List<Person> persons) {
        return related.loadOne(persons, Person::id, "queries/person/affiliations", r -> affiliation(r).organisation());
    }

    private Affiliation affiliation(Record row) {
        return new Affiliation(nodes.map(row.get("node"), Organisation.class), row.get("role").asString(null),
                row.get("from").asLocalDate(null),
                row.get("to").asLocalDate(null));
    }
}
