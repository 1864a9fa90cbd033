package org.coalitiongraph.projection;

import java.util.Locale;

/** A vote cast in a roll call, as the VOTED edge records it ('yes', 'no' or 'abstain'). */
public enum Vote {
    YES, NO, ABSTAIN;

    /** @return the vote, or null for a value that is none of the three */
    static Vote of(String recorded) {
        return switch (recorded == null ? "" : recorded.toLowerCase(Locale.ROOT)) {
            case "yes" -> YES;
            case "no" -> NO;
            case "abstain" -> ABSTAIN;
            default -> null;
        };
    }
}
