package org.coalitiongraph.rollcall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash of what a roll call writes, kept on its statement ({@code contentHash}): a re-run skips a
 * roll call whose hash is unchanged and rewrites one whose content changed. It covers every field
 * written, the issues and each vote by the <em>node id</em> it lands on, so a change to the voter
 * table rewrites the roll calls it moves. The version prefix changes whenever what is written does.
 */
final class ContentHash {

    private static final String VERSION = "unvotes-1";
    private static final char SEPARATOR = '\u001f';

    private ContentHash() {
    }

    static String of(RollCall r, List<VoterTable.StateNode> nodes) {
        var text = new StringBuilder(4096).append(VERSION);
        for (var field : new Object[] {r.id(), r.session(), r.date(), r.symbol(), r.title(), r.text(), r.important(),
                r.amendment(), r.paragraph()}) {
            text.append(SEPARATOR).append(Objects.toString(field, "\u0000"));
        }
        r.issues().stream().map(RollCall.Issue::id).sorted().forEach(id -> text.append(SEPARATOR).append(id));
        r.issues().stream().map(RollCall.Issue::name).sorted().forEach(name -> text.append(SEPARATOR).append(name));
        votes(text.append(SEPARATOR).append("yes"), r.yes(), nodes);
        votes(text.append(SEPARATOR).append("no"), r.no(), nodes);
        votes(text.append(SEPARATOR).append("abstain"), r.abstain(), nodes);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void votes(StringBuilder text, int[] voters, List<VoterTable.StateNode> nodes) {
        Arrays.stream(voters).mapToObj(i -> nodes.get(i).id()).sorted()
                .forEach(id -> text.append(SEPARATOR).append(id));
    }
}
