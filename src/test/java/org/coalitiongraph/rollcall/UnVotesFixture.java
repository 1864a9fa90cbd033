package org.coalitiongraph.rollcall;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small set of UNGA files written for a test, gzipped as the real ones: three roll calls, two with
 * issues, and a handful of votes, including the traps (Namibia's NA, the FRG's NA, a blank symbol).
 */
final class UnVotesFixture {

    static final String ROLL_CALLS = """
            rcid,session,importantvote,date,unres,amend,para,short,descr
            5182,67,1,2012-11-29,R/67/19,NA,NA,PALESTINE QUESTION,Status of Palestine in the United Nations : resolution / adopted by the General Assembly
            100,45,0,1990-12-01,,0,1,NA,"Question of X : resolution, with a comma and a ""quote""\"
            101,45,NA,1990-12-02,R/45/2,1,0,SOMETHING,text
            """;
    static final String ISSUES = """
            rcid,short_name,issue
            5182,me,Palestinian conflict
            5182,hr,Human rights
            100,hr,Human rights
            """;
    static final String VOTES = """
            rcid,country,country_code,vote
            5182,United States,US,no
            5182,Canada,CA,no
            5182,France,FR,yes
            5182,Germany,DE,abstain
            5182,Namibia,NA,yes
            100,Federal Republic of Germany,NA,yes
            100,Namibia,NA,no
            100,Russia,RU,abstain
            101,Yugoslavia,YU,yes
            """;

    private UnVotesFixture() {
    }

    /** Writes the fixture into {@code directory}, with {@code votes} as the votes file. */
    static Path write(Path directory, String votes) throws IOException {
        return write(directory, ROLL_CALLS, ISSUES, votes);
    }

    static Path write(Path directory, String rollCalls, String issues, String votes) throws IOException {
        gzip(directory.resolve("un_roll_calls.csv.gz"), rollCalls);
        gzip(directory.resolve("un_roll_call_issues.csv.gz"), issues);
        gzip(directory.resolve("un_votes.csv.gz"), votes);
        return directory;
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
