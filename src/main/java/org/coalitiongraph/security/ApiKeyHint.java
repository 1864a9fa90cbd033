package org.coalitiongraph.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/** Tells whoever starts the service without any way to write how to get an editor key. */
@Component
@ConditionalOnWebApplication
final class ApiKeyHint implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyHint.class);

    private final ApiKeyStore keys;
    private final ObjectProvider<JwtDecoder> tokens;

    ApiKeyHint(ApiKeyStore keys, ObjectProvider<JwtDecoder> tokens) {
        this.keys = keys;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (keys.isEmpty() && tokens.getIfAvailable() == null) {
            log.info("""
                    Reads are open; writes need an editor key. Make one (shown once, stored hashed in {}):
                        ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="api-key create --role editor --name me"
                      or, from the packaged jar: java -jar target/coalition-graph-*.jar api-key create --role editor --name me
                    then send it as the X-API-Key header. It works at once, without a restart.""", keys.file().toAbsolutePath());
        }
    }
}
