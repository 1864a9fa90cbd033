package org.coalitiongraph.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses GraphQL requests whose body is larger than {@code coalition.limits.max-body-size} with
 * HTTP 413 and a LIMIT_EXCEEDED error, before anything parses them: a body declared too large is
 * refused unread, and a body sent without a length (chunked) is read only up to one byte past the
 * limit. Variables count as much as the query: both are in the body.
 * <p>
 * The default, 256 KB, is far above any request this API needs (a large query with its variables
 * is a few KB; graphql-java stops a document at 15,000 tokens, typically under 100 KB of query text)
 * and well below what costs real memory and parsing time: Jackson and graphql-java hold the whole
 * body, and their own limits start at 1 MB of query text.
 */
@Component
// Before every other filter (security included): an oversized body should cost nothing more.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final String path;
    private final byte[] refusal;

    RequestBodyLimit(QueryLimits.Properties limits, @Value("${spring.graphql.http.path:/graphql}") String path,
            JsonMapper json) {
        this.maxBytes = limits.maxBodySize().toBytes();
        this.path = path;
        this.refusal = json.writeValueAsBytes(Map.of("errors", List.of(Map.of(
                "message", "The request body is larger than the limit of " + readable(limits.maxBodySize())
                        + " (max body size); send a smaller query or fewer variables",
                "extensions", Map.of("code", ErrorCode.LIMIT_EXCEEDED.name())))));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(response);
            return;
        }
        if (declared >= 0) {
            // The server delivers no more than the declared length.
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(refusal.length);
        response.getOutputStream().write(refusal);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    /** The request with its body already read, so the handler reads it from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final int length;
        private final ServletInputStream stream;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.length = body.length;
            this.stream = new BodyStream(new ByteArrayInputStream(body));
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            var encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(stream,
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final ByteArrayInputStream body;

        BodyStream(ByteArrayInputStream body) {
            this.body = body;
        }

        @Override
        public int read() {
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return body.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return body.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("The body was read before the request reached its handler");
        }
    }
}
