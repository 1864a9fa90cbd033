package org.coalitiongraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoalitionGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoalitionGraphApplication.class, args);
    }
}
