package org.coalitiongraph.web;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Refuses, before any data is read, requests too deep or too large to answer: a careless or hostile
 * query must not take the service down. Answered with LIMIT_EXCEEDED. graphql-java's own parser
 * limits (15,000 tokens, 1 MB of text) stay in force and are answered the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.Properties.class)
class QueryLimits {

    /**
     * @param maxDepth      how deeply fields may nest
     * @param maxComplexity how many values a request may ask for at most: each field counts 1, and
     *                      what is under a paged field counts {@code first} times
     * @param maxBodySize   the largest request body accepted, see {@link RequestBodyLimit}
     */
    @ConfigurationProperties("coalition.limits")
    record Properties(@DefaultValue("15") int maxDepth, @DefaultValue("200000") int maxComplexity,
            @DefaultValue("256KB") DataSize maxBodySize) {
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(Properties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(Properties limits) {
        FieldComplexityCalculator pageTimesChildren = (environment, childComplexity) ->
                1 + childComplexity * (environment.getArguments().get("first") instanceof Integer first
                        ? Math.max(1, first) : 1);
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageTimesChildren);
    }
}
