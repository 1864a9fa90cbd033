package org.coalitiongraph.paging;

import java.util.HashMap;
import java.util.Map;

import org.coalitiongraph.web.PageSize;

/** A checked {@code first} and {@code after}, ready to bind as {@code $first}, {@code $afterKey}, {@code $afterId}. */
public record PageRequest(int first, Cursor after, String order) {

    public static PageRequest of(Integer first, String after, String order) {
        return new PageRequest(PageSize.require(first, "first"),
                after == null ? null : Cursor.decode(after, "after", order), order);
    }

    public Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("first", first);
        parameters.put("afterKey", after == null ? null : after.key());
        parameters.put("afterId", after == null ? null : after.id());
        return parameters;
    }
}
