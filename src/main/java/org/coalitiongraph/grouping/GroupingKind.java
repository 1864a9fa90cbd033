package org.coalitiongraph.grouping;

public enum GroupingKind {
    AD_HOC, REGIONAL_GROUP, POLITICAL_BLOC, ORGANISATION_MEMBERSHIP
}
