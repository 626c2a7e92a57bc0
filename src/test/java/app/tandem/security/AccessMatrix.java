package app.tandem.security;

import static app.tandem.security.AccessMatrix.Access.DENIED;
import static app.tandem.security.AccessMatrix.Access.HOME;
import static app.tandem.security.AccessMatrix.Access.LOGIN;
import static app.tandem.security.AccessMatrix.Access.OPENS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may open which page: the one list of expected access, read by the browserless {@link ViewAccessMatrixTest}
 * (every subject through the real router) and by the production smoke (every demo login in the packaged jar). A
 * route with a {@code :parameter} stands for its detail page, opened with a record the user may read. A new view
 * adds its rows here; a test fails while a declared route has none.
 */
public final class AccessMatrix {

    /** The kinds of user: anonymous, the role sets of the demo logins, and an officer without Staff. */
    public enum Subject {
        ANONYMOUS,
        ADMIN(Role.ADMIN),
        MANAGER(Role.MANAGER),
        SUPERVISOR(Role.SUPERVISOR, Role.STAFF),
        STAFF(Role.STAFF),
        COMPLIANCE_OFFICER(Role.COMPLIANCE_OFFICER, Role.STAFF),
        COMPLIANCE_OFFICER_ONLY(Role.COMPLIANCE_OFFICER);

        public final Role[] roles;

        Subject(Role... roles) {
            this.roles = roles;
        }
    }

    /** What opening a route gives that subject. */
    public enum Access {
        /** the view of that route */
        OPENS,
        /** the login page instead */
        LOGIN,
        /** the home page instead (a logged-in user opening the login page) */
        HOME,
        /** the "not allowed" page, inside the shell */
        DENIED
    }

    public static final List<Subject> COLUMNS = List.of(Subject.values());

    /** The demo logins (README) and the subject each one is. */
    public static final Map<String, Subject> DEMO_LOGINS = demoLogins();

    public static final List<Row> ROWS = List.of(
            // route                ANONYMOUS ADMIN  MANAGER SUPERVISOR STAFF   OFFICER OFFICER_ONLY
            row("login",            OPENS,    HOME,  HOME,   HOME,      HOME,   HOME,   HOME),
            // the second login step: only for a user who gave the password and owes the code (SecondFactorViewTest)
            row("login/code",       LOGIN,    HOME,  HOME,   HOME,      HOME,   HOME,   HOME),
            row("",                 LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("account",          LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("notifications",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("my-work",          LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("admin/users",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/users/new",  LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/users/:userId", LOGIN, OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/teams",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/teams/new",  LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/teams/:teamId", LOGIN, OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("admin/pipeline",   LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("crm/accounts",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/accounts/new", LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/accounts/:accountId", LOGIN, OPENS, OPENS, OPENS,  OPENS,  OPENS,  OPENS),
            row("crm/contacts",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/contacts/new", LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/contacts/:contactId", LOGIN, OPENS, OPENS, OPENS,  OPENS,  OPENS,  OPENS),
            row("crm/deals",        LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/deals/new",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/deals/:dealId", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/pipeline",     LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("crm/my-activities", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS,  DENIED),
            // officers change nothing in the CRM: no import, even with the Staff role
            row("crm/import",       LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  DENIED, DENIED),
            row("improvement/items", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("improvement/items/:itemId", LOGIN, OPENS, OPENS, OPENS, OPENS, OPENS,  OPENS),
            row("improvement/board", LOGIN,   OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("improvement/savings", LOGIN, OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("improvement/submit", LOGIN,  OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("admin/areas",      LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("performance/me",   LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("performance/team", LOGIN,    OPENS, OPENS,  OPENS,     DENIED, DENIED, DENIED),
            row("performance/targets", LOGIN, OPENS, OPENS,  OPENS,     DENIED, DENIED, DENIED),
            row("performance/scorecard", LOGIN, OPENS, OPENS, OPENS,    OPENS,  OPENS,  OPENS),
            // a person's scorecard by id (HasUrlParameter: Vaadin names the parameter ___url_parameter)
            row("performance/scorecard/:___url_parameter", LOGIN, OPENS, OPENS, OPENS, OPENS, OPENS, OPENS),
            row("admin/kpis",       LOGIN,    OPENS, DENIED, DENIED,    DENIED, DENIED, DENIED),
            row("performance/feedback", LOGIN, OPENS, OPENS, OPENS,     OPENS,  OPENS,  OPENS),
            row("performance/feedback/:feedbackId", LOGIN, OPENS, OPENS, OPENS, OPENS, OPENS, OPENS),
            // the team feedback log: supervisors and managers; an administrator only when also a manager
            row("performance/feedback-log", LOGIN, DENIED, OPENS, OPENS, DENIED, DENIED, DENIED),
            row("performance/one-on-ones", LOGIN, OPENS, OPENS, OPENS,  OPENS,  OPENS,  OPENS),
            row("performance/one-on-ones/:meetingId", LOGIN, OPENS, OPENS, OPENS, OPENS, OPENS, OPENS),
            row("compliance/dashboard", LOGIN, OPENS, OPENS, OPENS,     DENIED, OPENS,  OPENS),
            row("compliance/my",    LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("compliance/runs",  LOGIN,    OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("compliance/runs/:id", LOGIN, OPENS, OPENS,  OPENS,     OPENS,  OPENS,  OPENS),
            row("compliance/findings", LOGIN, OPENS, DENIED, DENIED,    DENIED, OPENS,  OPENS),
            row("compliance/schedules", LOGIN, OPENS, DENIED, DENIED,   DENIED, OPENS,  OPENS),
            row("compliance/templates", LOGIN, OPENS, DENIED, DENIED,   DENIED, OPENS,  OPENS),
            row("compliance/templates/:id", LOGIN, OPENS, DENIED, DENIED, DENIED, OPENS, OPENS),
            row("admin/checklist-categories", LOGIN, OPENS, DENIED, DENIED, DENIED, DENIED, DENIED));

    private AccessMatrix() {
    }

    /** The row of a route as the matrix writes it, e.g. {@code compliance/runs/:id}. */
    public static Row rowOf(String route) {
        return ROWS.stream().filter(row -> row.route().equals(route)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row for " + route));
    }

    /**
     * Every path a route template declares, as the matrix writes it: a parameter's pattern left out
     * ({@code :id([0-9]{1,12})} is {@code :id}), and an optional parameter ({@code :accountId?}) both without and
     * with it. E.g. {@code crm/accounts/:accountId?} gives {@code crm/accounts} and {@code crm/accounts/:accountId}.
     */
    public static List<String> pathsOf(String template) {
        List<String> paths = new ArrayList<>(List.of(""));
        for (String segment : template.isEmpty() ? new String[0] : template.split("/")) {
            String plain = segment.replaceAll("\\(.*\\)", "");
            boolean optional = plain.endsWith("?");
            String written = optional ? plain.substring(0, plain.length() - 1) : plain;
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                if (optional) {
                    next.add(path);
                }
                next.add(path.isEmpty() ? written : path + "/" + written);
            }
            paths = next;
        }
        return paths;
    }

    private static Map<String, Subject> demoLogins() {
        Map<String, Subject> logins = new LinkedHashMap<>();
        logins.put("admin", Subject.ADMIN);
        logins.put("manager", Subject.MANAGER);
        logins.put("supervisor", Subject.SUPERVISOR);
        logins.put("staff", Subject.STAFF);
        logins.put("officer", Subject.COMPLIANCE_OFFICER);
        logins.put("auditor", Subject.COMPLIANCE_OFFICER);
        return logins;
    }

    private static Row row(String route, Access... access) {
        if (access.length != COLUMNS.size()) {
            throw new IllegalArgumentException("Row " + route + " needs one entry per subject: " + COLUMNS);
        }
        return new Row(route, Arrays.asList(access));
    }

    /** One route and what each subject (in the order of {@link #COLUMNS}) gets. */
    public record Row(String route, List<Access> access) {

        public Access of(Subject subject) {
            return access.get(COLUMNS.indexOf(subject));
        }

        /** Whether the route stands for a detail page, opened with a record's id. */
        public boolean detail() {
            return route.contains(":");
        }
    }
}
