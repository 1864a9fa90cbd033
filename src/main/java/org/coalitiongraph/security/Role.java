package org.coalitiongraph.security;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do. Each role includes the ones before it: an admin is an editor and a reader. */
public enum Role {
    /** Reads everything, including people not marked public. */
    READER,
    /** Also writes: every mutation and import. */
    EDITOR,
    /** Also reads the audit log and administers the service. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The Spring Security authority for this role, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** "editor", "EDITOR" or "ROLE_EDITOR"; anything else is no role of this service. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var name = text.strip().toUpperCase(Locale.ROOT);
        name = name.startsWith("ROLE_") ? name.substring(5) : name;
        for (var role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
