package org.coalitiongraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.grouping.GroupingKind;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;

/**
 * The project's JSON import format, version 1 ({@code "format": "coalition-graph/v1"}), as documented
 * in {@code docs/import-format.md}. Datasets, bulk imports and backups all use it. Every list may be
 * left out; references name ids in the same document or already in the graph.
 *
 * @param dataset  names this document as a dataset, loaded once per version
 * @param datasets the datasets already loaded into a graph, as a backup of it keeps them
 * @param auditLog the audit log of a graph, as a backup of it keeps it
 */
public record ImportDocument(
        String format,
        DatasetInfo dataset,
        List<DatasetRecord> datasets,
        List<SourceRecord> sources,
        List<StateRecord> states,
        List<OrganisationRecord> organisations,
        List<PersonRecord> people,
        List<SessionRecord> sessions,
        List<IssueRecord> issues,
        List<GroupingRecord> groupings,
        List<StatementRecord> statements,
        List<AuditRecord> auditLog) {

    public static final String FORMAT_V1 = "coalition-graph/v1";

    public ImportDocument {
        datasets = orEmpty(datasets);
        sources = orEmpty(sources);
        states = orEmpty(states);
        organisations = orEmpty(organisations);
        people = orEmpty(people);
        sessions = orEmpty(sessions);
        issues = orEmpty(issues);
        groupings = orEmpty(groupings);
        statements = orEmpty(statements);
        auditLog = orEmpty(auditLog);
    }

    /** A document without an audit log: what all but backups are. */
    public ImportDocument(String format, DatasetInfo dataset, List<DatasetRecord> datasets, List<SourceRecord> sources,
            List<StateRecord> states, List<OrganisationRecord> organisations, List<PersonRecord> people,
            List<SessionRecord> sessions, List<IssueRecord> issues, List<GroupingRecord> groupings,
            List<StatementRecord> statements) {
        this(format, dataset, datasets, sources, states, organisations, people, sessions, issues, groupings, statements,
                null);
    }

    /** A document without {@code datasets}: what datasets and imports are; only backups carry that list. */
    public ImportDocument(String format, DatasetInfo dataset, List<SourceRecord> sources, List<StateRecord> states,
            List<OrganisationRecord> organisations, List<PersonRecord> people, List<SessionRecord> sessions,
            List<IssueRecord> issues, List<GroupingRecord> groupings, List<StatementRecord> statements) {
        this(format, dataset, null, sources, states, organisations, people, sessions, issues, groupings, statements, null);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Names the document as a dataset, loaded once per version. */
    public record DatasetInfo(String id, Integer version, String title, String description) {
    }

    /**
     * A dataset loaded into the graph, as a {@code (:Dataset)} node records it. A backup keeps these so
     * that a restored graph does not load the same dataset again over later edits.
     *
     * @param loadedAt when it was loaded; left out, the time of writing
     */
    public record DatasetRecord(String id, Integer version, String title, String description,
            OffsetDateTime loadedAt) {
    }

    /**
     * One entry of the audit log (see {@code AuditEntry}): a backup carries the log, so that a restored
     * graph keeps the trace of every write made to it.
     */
    public record AuditRecord(String id, OffsetDateTime at, String who, String role, String origin, String operation,
            List<String> targets, String input, String before) {
        public AuditRecord {
            targets = orEmpty(targets);
        }
    }

    public record SourceRecord(String id, String title, String url, String publisher, LocalDate publishedAt,
            String citation) {
    }

    /** {@code mergedIds}: the ids of states merged into this one (see {@code mergeActors}), which still find it. */
    public record StateRecord(String id, String name, List<String> aliases, String iso3, String iso2,
            String formalName, String regionalGroup, Boolean unMember, Boolean observer, LocalDate from,
            LocalDate to, List<String> mergedIds) {

        /** A state nothing was merged into. */
        public StateRecord(String id, String name, List<String> aliases, String iso3, String iso2, String formalName,
                String regionalGroup, Boolean unMember, Boolean observer, LocalDate from, LocalDate to) {
            this(id, name, aliases, iso3, iso2, formalName, regionalGroup, unMember, observer, from, to, null);
        }
    }

    /** {@code mergedIds}: the ids of organisations merged into this one, which still find it. */
    public record OrganisationRecord(String id, String name, List<String> aliases, String acronym,
            Boolean ecosocStatus, String ecosocCategory, String country, String website, List<String> mergedIds) {

        /** An organisation nothing was merged into. */
        public OrganisationRecord(String id, String name, List<String> aliases, String acronym, Boolean ecosocStatus,
                String ecosocCategory, String country, String website) {
            this(id, name, aliases, acronym, ecosocStatus, ecosocCategory, country, website, null);
        }
    }

    public record PersonRecord(String id, String name, @JsonProperty("public") Boolean isPublic, List<Affiliation> affiliations) {
        public PersonRecord {
            affiliations = orEmpty(affiliations);
        }
    }

    public record Affiliation(String organisation, String role, LocalDate from, LocalDate to) {
    }

    public record SessionRecord(String id, String body, Integer number, LocalDate startDate, LocalDate endDate) {
    }

    /** {@code broader}: the ids of wider issues this one belongs to. */
    public record IssueRecord(String id, String name, List<String> broader) {
        public IssueRecord {
            broader = orEmpty(broader);
        }
    }

    public record GroupingRecord(String id, String name, GroupingKind kind, Integer declaredSize,
            Boolean declaredSizeIsLowerBound, String notes, List<Membership> members) {
        public GroupingRecord {
            members = orEmpty(members);
        }
    }

    public record Membership(String state, LocalDate from, LocalDate to) {
    }

    /**
     * {@code markers}: the legend of footnote markers in the printed list, e.g. {@code "*"} to
     * "ECOSOC consultative status"; {@code addressedTo} names people, actors or groupings;
     * {@code votes}: how actors voted on it (a roll call), owned by the statement like its signatures.
     */
    public record StatementRecord(String id, String title, LocalDate date, StatementKind kind, String session,
            String symbol, Integer declaredSignatoryCount, Boolean declaredCountIsLowerBound, Boolean listComplete,
            String text, String url, String notes, Map<String, String> markers, List<IssueStance> issues,
            List<String> deliveredBy, List<String> onBehalfOf, List<String> addressedTo, List<String> counters,
            List<String> sources, List<Signature> signatories, List<Vote> votes) {
        public StatementRecord {
            markers = markers == null ? Map.of() : markers;
            issues = orEmpty(issues);
            deliveredBy = orEmpty(deliveredBy);
            onBehalfOf = orEmpty(onBehalfOf);
            addressedTo = orEmpty(addressedTo);
            counters = orEmpty(counters);
            sources = orEmpty(sources);
            signatories = orEmpty(signatories);
            votes = orEmpty(votes);
        }

        /** A statement without votes, as most are. */
        public StatementRecord(String id, String title, LocalDate date, StatementKind kind, String session,
                String symbol, Integer declaredSignatoryCount, Boolean declaredCountIsLowerBound, Boolean listComplete,
                String text, String url, String notes, Map<String, String> markers, List<IssueStance> issues,
                List<String> deliveredBy, List<String> onBehalfOf, List<String> addressedTo, List<String> counters,
                List<String> sources, List<Signature> signatories) {
            this(id, title, date, kind, session, symbol, declaredSignatoryCount, declaredCountIsLowerBound,
                    listComplete, text, url, notes, markers, issues, deliveredBy, onBehalfOf, addressedTo, counters,
                    sources, signatories, null);
        }
    }

    /** {@code stance}: the statement's side on the issue, e.g. "critical"; the same word is the same side. */
    public record IssueStance(String issue, String stance) {
    }

    /**
     * One signatory: {@code actor} names it by id; or, in imports through {@code importStatements}
     * only, {@code name} gives it as printed (optionally with its {@code kind}), to be resolved to an
     * actor before anything is validated or written. The graph keeps the actor, never the name.
     */
    public record Signature(String actor, String name, ActorKind kind, SignatureRole role, String marker,
            String source) {

        public Signature(String actor, SignatureRole role, String marker, String source) {
            this(actor, null, null, role, marker, source);
        }

        /** The same signature by the actor's id, the printed name left behind. */
        public Signature resolvedTo(String actorId) {
            return new Signature(actorId, null, null, role, marker, source);
        }
    }

    /**
     * How one actor voted on a statement (a roll call): {@code vote} is {@code yes}, {@code no} or
     * {@code abstain}. The actor by id, or by {@code name} as for signatures.
     */
    public record Vote(String actor, String name, ActorKind kind, String vote) {

        public static final Set<String> VALUES = Set.of("yes", "no", "abstain");

        public Vote(String actor, String vote) {
            this(actor, null, null, vote);
        }

        /** The same vote by the actor's id, the printed name left behind. */
        public Vote resolvedTo(String actorId) {
            return new Vote(actorId, null, null, vote);
        }
    }
}
