package org.coalitiongraph.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateScalar.DATE);
    }
}
