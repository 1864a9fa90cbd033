package org.coalitiongraph.statement;

import org.coalitiongraph.issue.Issue;

/** An issue a statement concerns, with the statement's side on it. */
public record IssueStance(Issue issue, String stance) {
}
