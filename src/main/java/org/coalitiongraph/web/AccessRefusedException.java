package org.coalitiongraph.web;

/** A field the caller may not use: {@link ErrorCode#UNAUTHENTICATED} or {@link ErrorCode#FORBIDDEN}. */
public final class AccessRefusedException extends RuntimeException {

    private final ErrorCode code;

    public AccessRefusedException(ErrorCode code, String message) {
        super(message);
        if (code != ErrorCode.UNAUTHENTICATED && code != ErrorCode.FORBIDDEN) {
            throw new IllegalArgumentException("Not an access error code: " + code);
        }
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
