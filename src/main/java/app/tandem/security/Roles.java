package app.tandem.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String STAFF = "STAFF";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";

    private Roles() {
    }
}
