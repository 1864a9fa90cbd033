package org.coalitiongraph.ingest;

import java.util.List;

import org.coalitiongraph.resolve.ResolvedList;

/**
 * What importing a signatory list did, or would do on a dry run.
 *
 * @param statement     the statement the list belongs to
 * @param list          every name with what it resolved to
 * @param problems      why nothing was written: each names the line or argument; empty when the list is sound
 * @param applied       whether the graph was written (false on a dry run and when there are problems)
 * @param added         signatures added (or that would be)
 * @param created       organisations created (or that would be)
 * @param alreadySigned names that had already signed the statement
 */
public record SignatoryListOutcome(String statement, ResolvedList list, List<String> problems, boolean applied,
        int added, int created, int alreadySigned) {
}
