package org.coalitiongraph;

import org.coalitiongraph.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoalitionGraphApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(CoalitionGraphApplication.class, args));
        }
        SpringApplication.run(CoalitionGraphApplication.class, args);
    }
}
