package org.coalitiongraph.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.projection.ProjectionUnavailableException;
import org.coalitiongraph.security.QueryAccess;
import org.coalitiongraph.statement.StatementKind;
import org.coalitiongraph.web.AccessRefusedException;
import org.coalitiongraph.web.ErrorCode;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /network.gexf} and {@code GET /network.graphml}: the answer of the {@code network}
 * query as a file for Gephi. The query parameters are the query's arguments, with the filter's
 * parts given flat ({@code from}, {@code to}, {@code sessions}, … repeated or comma-separated).
 * The caller needs what the {@code network} query needs; errors come in GraphQL's error shape.
 */
@RestController
class NetworkDownloads {

    static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml");
    static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Networks networks;
    private final QueryAccess access;

    NetworkDownloads(Networks networks, QueryAccess access) {
        this.networks = networks;
        this.access = access;
    }

    /** The filter's parts and the network's arguments, as query parameters: all optional. */
    record Parameters(List<String> issues, List<String> sessions, List<String> bodies, List<StatementKind> kinds,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, List<ActorKind> actorKinds,
            AlignmentBasis by, Integer minShared, Double minWeight, Integer limit, Double resolution) {
    }

    @GetMapping("/network.gexf")
    ResponseEntity<byte[]> gexf(Parameters parameters) {
        var network = network(parameters);
        return file(NetworkXml.gexf(network, description(network)), GEXF, "network.gexf");
    }

    @GetMapping("/network.graphml")
    ResponseEntity<byte[]> graphMl(Parameters parameters) {
        var network = network(parameters);
        return file(NetworkXml.graphMl(network, description(network)), GRAPHML, "network.graphml");
    }

    private Network network(Parameters p) {
        access.require("network");
        var filter = new AnalyticsFilter(p.issues(), p.sessions(), p.bodies(), p.kinds(), p.from(), p.to(),
                p.actorKinds());
        var request = Networks.Request.of(filter, p.by(), p.minShared(), p.minWeight());
        return networks.network(request, Networks.requireLimit(p.limit()),
                Networks.requireResolution(p.resolution()));
    }

    private static String description(Network network) {
        return "Coalition Graph network by " + network.by() + ": " + network.edges().size() + " of "
                + network.edgeCount() + " edges (minShared " + network.minShared() + ", minWeight "
                + network.minWeight() + "), resting on " + network.statements()
                + (network.by() == AlignmentBasis.VOTES ? " roll calls" : " statements");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<String> invalid(InvalidArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, e.getMessage(), e.argument());
    }

    /** A parameter that does not convert, e.g. {@code by=FOO} or {@code from=yesterday}. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<String> mistyped(BindException e) {
        var field = e.getFieldError();
        var name = field == null ? "parameters" : field.getField();
        var value = field == null ? "" : String.valueOf(field.getRejectedValue());
        return error(HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, name + ": cannot read '" + value + "'", name);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, e.getMessage(), e.argument());
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<String> refused(AccessRefusedException e) {
        return error(e.code() == ErrorCode.UNAUTHENTICATED ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, e.code(),
                e.getMessage(), null);
    }

    @ExceptionHandler(ProjectionUnavailableException.class)
    ResponseEntity<String> unavailable(ProjectionUnavailableException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.UNAVAILABLE, e.getMessage(), null);
    }

    private static ResponseEntity<String> error(HttpStatus status, ErrorCode code, String message, String argument) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", code.name());
        if (argument != null) {
            extensions.put("argument", argument);
        }
        var body = Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }

    /** Browsers on the origins allowed to call /graphql may download too. */
    @Configuration(proxyBeanMethods = false)
    static class Cors implements WebMvcConfigurer {

        private final String[] origins;

        Cors(@Value("${spring.graphql.cors.allowed-origins:}") String[] origins) {
            this.origins = origins;
        }

        @Override
        public void addCorsMappings(CorsRegistry registry) {
            registry.addMapping("/network.*").allowedOrigins(origins).allowedMethods("GET").maxAge(3600);
        }
    }
}
