package org.coalitiongraph.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.coalitiongraph.web.InvalidArgumentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A keyset cursor: the sort key and id of the last row a client saw, under the ordering it was
 * made for. Opaque to clients (base64url of JSON); the next page starts strictly after that row,
 * so rows added or removed elsewhere never shift a page.
 */
public record Cursor(String order, Object key, String id) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String encode() {
        var json = JSON.writeValueAsString(List.of(order, key, id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param argument the argument the cursor came in, for the error message
     * @param order    the ordering of the request: a cursor made under another one is refused
     */
    public static Cursor decode(String cursor, String argument, String order) {
        try {
            var json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var parts = JSON.readValue(json, List.class);
            if (parts != null && parts.size() == 3 && parts.get(0) instanceof String made
                    && parts.get(2) instanceof String id) {
                if (!made.equals(order)) {
                    throw new InvalidArgumentException(argument, "this cursor was made for order " + made + ", not " + order);
                }
                var key = key(parts.get(1), order);
                if (key != null) {
                    return new Cursor(made, key, id);
                }
            }
        } catch (IllegalArgumentException | JacksonException e) {
            // reported below
        }
        throw new InvalidArgumentException(argument, "is not a cursor this API gave out");
    }

    /** Names and titles sort by text, dates by a whole number of days; anything else is forged. */
    private static Object key(Object key, String order) {
        boolean textual = order.equals("NAME") || order.equals("TITLE");
        if (textual) {
            return key instanceof String text ? text : null;
        }
        return key instanceof Integer || key instanceof Long ? ((Number) key).longValue() : null;
    }
}
