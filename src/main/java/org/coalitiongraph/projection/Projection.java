package org.coalitiongraph.projection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.statement.StatementKind;

/**
 * An immutable, compact copy of what the analytics read: actors and statements numbered densely,
 * who signed what as sorted int arrays in both directions, and each voter's votes as three bitsets
 * (yes, no, abstain) over the roll calls, so that agreement between two voters is a few popcounts.
 * Built by {@link ProjectionBuilder}; replaced whole, never changed, so readers need no locks.
 */
public final class Projection {

    /** The day number of a statement without a date. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    final long version;
    // Actors, by index.
    final String[] actorIds;
    final String[] actorNames;
    final String[] actorSortKeys;
    final ActorKind[] actorKinds;
    final String[] regionalGroups;
    /** Per actor: the last day it could sign as a UN member or observer state; NO_DATE when it cannot. */
    final int[] seatedUntil;
    final Map<String, Integer> actorIndex;
    // Statements, by index.
    final String[] statementIds;
    final Map<String, Integer> statementIndex;
    final StatementKind[] statementKinds;
    final int[] days;
    final int[] sessions;
    final int[][] issues;
    final String[][] stances;
    final int[][] counters;
    final int[][] counteredBy;
    final int[][] signers;
    final int[][] signed;
    final String[] titles;
    final String[] texts;
    final Boolean[] listComplete;
    final int[][] leads;
    // Roll calls: the statements with votes, numbered again so that bitsets over them stay short.
    final int[] rollCalls;
    final int[] rollCallOf;
    final long[][] yes;
    final long[][] no;
    final long[][] abstain;
    // Sessions and issues.
    final String[] sessionIds;
    final String[] sessionBodies;
    final Map<String, Integer> sessionIndex;
    final String[] issueIds;
    final Map<String, Integer> issueIndex;
    final int[][] narrower;

    Projection(long version, String[] actorIds, String[] actorNames, String[] actorSortKeys, ActorKind[] actorKinds,
            String[] regionalGroups, int[] seatedUntil, Map<String, Integer> actorIndex, String[] statementIds,
            Map<String, Integer> statementIndex, StatementKind[] statementKinds, int[] days, int[] sessions,
            int[][] issues, String[][] stances, int[][] counters, int[][] counteredBy, int[][] signers, int[][] signed,
            String[] titles, String[] texts, Boolean[] listComplete, int[][] leads, int[] rollCalls, int[] rollCallOf, long[][] yes, long[][] no, long[][] abstain, String[] sessionIds,
            String[] sessionBodies, Map<String, Integer> sessionIndex, String[] issueIds,
            Map<String, Integer> issueIndex, int[][] narrower) {
        this.version = version;
        this.actorIds = actorIds;
        this.actorNames = actorNames;
        this.actorSortKeys = actorSortKeys;
        this.actorKinds = actorKinds;
        this.regionalGroups = regionalGroups;
        this.seatedUntil = seatedUntil;
        this.actorIndex = actorIndex;
        this.statementIds = statementIds;
        this.statementIndex = statementIndex;
        this.statementKinds = statementKinds;
        this.days = days;
        this.sessions = sessions;
        this.issues = issues;
        this.stances = stances;
        this.counters = counters;
        this.counteredBy = counteredBy;
        this.signers = signers;
        this.signed = signed;
        this.titles = titles;
        this.texts = texts;
        this.listComplete = listComplete;
        this.leads = leads;
        this.rollCalls = rollCalls;
        this.rollCallOf = rollCallOf;
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
        this.sessionIds = sessionIds;
        this.sessionBodies = sessionBodies;
        this.sessionIndex = sessionIndex;
        this.issueIds = issueIds;
        this.issueIndex = issueIndex;
        this.narrower = narrower;
    }

    /** Grows with every rebuild: answers computed on one version may be cached under it. */
    public long version() {
        return version;
    }

    // ---- actors

    public int actorCount() {
        return actorIds.length;
    }

    /** @return the actor's index, following ids merged into another actor; -1 when unknown */
    public int actor(String id) {
        var index = actorIndex.get(id);
        return index == null ? -1 : index;
    }

    public String actorId(int actor) {
        return actorIds[actor];
    }

    public String actorName(int actor) {
        return actorNames[actor];
    }

    /** The name in lower case: answers order by it, then by id. */
    public String actorSortKey(int actor) {
        return actorSortKeys[actor];
    }

    public ActorKind actorKind(int actor) {
        return actorKinds[actor];
    }

    /** A state's UN regional group, or null. */
    public String regionalGroup(int actor) {
        return regionalGroups[actor];
    }

    /**
     * Whether the actor is a state that could join a statement at the UN on that day: a member or
     * observer state, or a state the graph says nothing about, not yet dissolved. Former states
     * (Czechoslovakia, say) and others without a seat (Taiwan) are not.
     */
    public boolean seatedState(int actor, int day) {
        return actorKinds[actor] == ActorKind.STATE && seatedUntil[actor] != NO_DATE && day <= seatedUntil[actor];
    }

    /** The statements the actor signed, in index order. Do not change the array. */
    public int[] signed(int actor) {
        return signed[actor];
    }

    /** Whether the actor voted in any roll call. */
    public boolean voted(int actor) {
        return yes[actor] != null;
    }

    /** The actor's yes votes, one bit per roll call; null when it never voted. Do not change the array. */
    public long[] yes(int actor) {
        return yes[actor];
    }

    public long[] no(int actor) {
        return no[actor];
    }

    public long[] abstain(int actor) {
        return abstain[actor];
    }

    // ---- statements

    public int statementCount() {
        return statementIds.length;
    }

    /** @return the statement's index, or -1 when unknown */
    public int statement(String id) {
        var index = statementIndex.get(id);
        return index == null ? -1 : index;
    }

    public String statementId(int statement) {
        return statementIds[statement];
    }

    public StatementKind statementKind(int statement) {
        return statementKinds[statement];
    }

    /** The day (epoch day) of the statement, or {@link #NO_DATE}. */
    public int day(int statement) {
        return days[statement];
    }

    public LocalDate date(int statement) {
        return days[statement] == NO_DATE ? null : LocalDate.ofEpochDay(days[statement]);
    }

    /** The session's index, or -1. */
    public int session(int statement) {
        return sessions[statement];
    }

    /** The issues the statement concerns (indices), with {@link #stances(int)} at the same positions. */
    public int[] issues(int statement) {
        return issues[statement];
    }

    public String[] stances(int statement) {
        return stances[statement];
    }

    /** The statements this one counters. */
    public int[] counters(int statement) {
        return counters[statement];
    }

    /** The statements that counter this one. */
    public int[] counteredBy(int statement) {
        return counteredBy[statement];
    }

    /** The actors that signed the statement, in index order. Do not change the array. */
    public int[] signers(int statement) {
        return signers[statement];
    }

    /** The title, or null. */
    public String title(int statement) {
        return titles[statement];
    }

    /** The text (a roll call's description), or null. */
    public String text(int statement) {
        return texts[statement];
    }

    /** Whether the recorded signatories are the whole list; null where no source says. */
    public Boolean listComplete(int statement) {
        return listComplete[statement];
    }

    /** The actors that led or delivered it, in index order. Do not change the array. */
    public int[] leads(int statement) {
        return leads[statement];
    }

    // ---- roll calls

    public int rollCallCount() {
        return rollCalls.length;
    }

    /** The statement a roll call is. */
    public int rollCallStatement(int rollCall) {
        return rollCalls[rollCall];
    }

    /** The roll call a statement is, or -1 when nobody voted on it. */
    public int rollCallOf(int statement) {
        return rollCallOf[statement];
    }

    /** The number of longs a bitset over the roll calls has. */
    public int rollCallWords() {
        return (rollCalls.length + 63) >>> 6;
    }

    /** The actor's vote in the roll call, or null when it did not vote. */
    public Vote vote(int actor, int rollCall) {
        if (yes[actor] == null) {
            return null;
        }
        long bit = 1L << rollCall;
        int word = rollCall >>> 6;
        if ((yes[actor][word] & bit) != 0) {
            return Vote.YES;
        }
        if ((no[actor][word] & bit) != 0) {
            return Vote.NO;
        }
        return (abstain[actor][word] & bit) != 0 ? Vote.ABSTAIN : null;
    }

    // ---- sessions and issues

    public String sessionId(int session) {
        return sessionIds[session];
    }

    /** The body of the session (HRC, UNGA, …), or null. */
    public String sessionBody(int session) {
        return sessionBodies[session];
    }

    /** @return the session's index, or -1 when unknown */
    public int sessionIndex(String id) {
        var index = sessionIndex.get(id);
        return index == null ? -1 : index;
    }

    public String issueId(int issue) {
        return issueIds[issue];
    }

    /** @return the issue's index, or -1 when unknown */
    public int issueIndex(String id) {
        var index = issueIndex.get(id);
        return index == null ? -1 : index;
    }

    /** The issues directly under this one. */
    public int[] narrower(int issue) {
        return narrower[issue];
    }

    public int issueCount() {
        return issueIds.length;
    }

    /** Statements newest first, undated last, then by id: the order every answer lists statements in. */
    public Comparator<Integer> newestFirst() {
        return Comparator.comparing((Integer s) -> days[s] == NO_DATE)
                .thenComparing(Comparator.comparingInt((Integer s) -> days[s]).reversed())
                .thenComparing(s -> statementIds[s]);
    }
}
