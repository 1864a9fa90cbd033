package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;

/**
 * The rule of {@code importStatements}: every statement and every signature cites its source. A
 * statement must give {@code sources}; a signature without a {@code source} of its own cites its
 * statement's, which must then be exactly one (with several, the signature must say which). Datasets
 * and restores keep the format's own rules, where sources are optional: a backup must restore
 * whatever the graph held.
 */
final class Citations {

    record Outcome(ImportDocument document, List<ImportProblem> problems) {
    }

    private Citations() {
    }

    /** The document with each signature's source filled in where its statement's one source is it. */
    static Outcome apply(ImportDocument document) {
        var problems = new ArrayList<ImportProblem>();
        var statements = new ArrayList<StatementRecord>();
        for (int i = 0; i < document.statements().size(); i++) {
            var s = document.statements().get(i);
            if (s == null) {
                statements.add(null);
                continue;
            }
            var path = "statements[" + i + "]";
            if (s.sources().isEmpty()) {
                problems.add(new ImportProblem(path + ".sources", "is required: every imported statement cites its source"));
            }
            var signatures = new ArrayList<Signature>();
            for (int j = 0; j < s.signatories().size(); j++) {
                var signature = s.signatories().get(j);
                if (signature == null || signature.source() != null) {
                    signatures.add(signature);
                } else if (s.sources().size() == 1) {
                    signatures.add(new Signature(signature.actor(), signature.name(), signature.kind(), signature.role(),
                            signature.marker(), s.sources().getFirst()));
                } else {
                    problems.add(new ImportProblem(path + ".signatories[" + j + "].source", s.sources().isEmpty()
                            ? "is required: the signature cites no source, and neither does its statement"
                            : "is required: the statement cites " + s.sources().size() + " sources; name the one this signature comes from"));
                    signatures.add(signature);
                }
            }
            statements.add(new StatementRecord(s.id(), s.title(), s.date(), s.kind(), s.session(), s.symbol(),
                    s.declaredSignatoryCount(), s.declaredCountIsLowerBound(), s.listComplete(), s.text(), s.url(),
                    s.notes(), s.markers(), s.issues(), s.deliveredBy(), s.onBehalfOf(), s.addressedTo(), s.counters(),
                    s.sources(), signatures, s.votes()));
        }
        return new Outcome(new ImportDocument(document.format(), document.dataset(), document.datasets(),
                document.sources(), document.states(), document.organisations(), document.people(), document.sessions(),
                document.issues(), document.groupings(), statements, document.auditLog()), problems);
    }
}
