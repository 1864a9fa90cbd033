package org.coalitiongraph;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * The application context every {@link IntegrationTest} shares, for test engines that Spring's
 * JUnit Jupiter extension does not serve (jqwik's properties). Same configuration, so the same
 * cached context and database.
 */
public final class SharedApp {

    @IntegrationTest
    private static final class Anchor {
    }

    private SharedApp() {
    }

    public static ApplicationContext context() {
        try {
            return new TestContextManager(Anchor.class).getTestContext().getApplicationContext();
        } catch (Exception e) {
            throw new IllegalStateException("The shared application context did not start", e);
        }
    }

    public static int port(ApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
