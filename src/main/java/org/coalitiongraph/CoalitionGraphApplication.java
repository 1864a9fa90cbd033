package org.coalitiongraph;

import java.util.List;

import org.coalitiongraph.cli.CommandLine;
import org.coalitiongraph.security.ApiKeyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoalitionGraphApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ApiKeyCommand.NAME)) {
            // Keys live in a file the running app watches: no need to start the app, nor to stop it.
            System.exit(ApiKeyCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(CoalitionGraphApplication.class, args));
        }
        SpringApplication.run(CoalitionGraphApplication.class, args);
    }
}
