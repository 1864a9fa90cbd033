package org.coalitiongraph.web;

/** The stable {@code extensions.code} of every GraphQL error this API returns. */
public enum ErrorCode {
    BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, LIMIT_EXCEEDED, UNAVAILABLE, INTERNAL
}
