package app.tandem.security;

/**
 * What a user may do. A user holds one or more roles. Annotations take the names from {@link Roles}.
 */
public enum Role {
    ADMIN, MANAGER, SUPERVISOR, STAFF, COMPLIANCE_OFFICER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
