package app.tandem.org;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.Team;
import app.tandem.org.domain.TeamRepository;
import app.tandem.org.domain.UserRepository;
import app.tandem.org.domain.UserRow;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.Roles;
import app.tandem.security.SecurityStampChanged;
import app.tandem.security.TandemUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: the administrators' user management, and each user's own account. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    private static final Logger log = LoggerFactory.getLogger("tandem.security");
    private static final Set<String> LANGUAGES = Set.of("en", "de");

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityHistory entityHistory;
    private final Clock clock;
    private final TeamMoves teamMoves;

    UserService(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, EntityHistory entityHistory, Clock clock,
            TeamMoves teamMoves) {
        this.teamMoves = teamMoves;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.entityHistory = entityHistory;
        this.clock = clock;
    }

    // --- administration -------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Slice<UserListItem> list(UserFilter filter, Pageable pageable) {
        Slice<UserRow> rows = users.search(likePattern(filter.text()), filter.teamId(), filter.active(), filter.role(),
                Paging.withStableSort(pageable, Sort.by("displayName"), "id"));
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (rows.hasContent()) {
            for (Object[] row : users.rolesOf(rows.map(UserRow::id).toList())) {
                roles.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
            }
        }
        Instant now = clock.instant();
        return rows.map(r -> new UserListItem(r.id(), r.username(), r.displayName(), r.email(), r.teamName(),
                roles.getOrDefault(r.id(), Set.of()), r.active(),
                r.lockedUntil() != null && r.lockedUntil().isAfter(now)));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public UserDraft load(long id) {
        return toDraft(find(id));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserDraft create(UserDraft draft, String initialPassword) {
        String username = normalizeUsername(draft.getUsername());
        if (users.existsByUsername(username)) {
            throw new DomainException("user.username.taken", username);
        }
        checkPasswordRules(username, initialPassword);
        AppUser user = new AppUser(username, draft.getDisplayName().trim(), passwordEncoder.encode(initialPassword));
        apply(draft, user);
        AppUser saved = users.saveAndFlush(user);
        log.info("User created: user={} by={}", username, currentUser.username());
        return toDraft(saved);
    }

    /**
     * Saves the admin's edit; fails with an optimistic-locking error when someone else changed it since. A change
     * of team of a user who owns open records in other features needs {@link #update(UserDraft, RecordHandover)}.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserDraft update(UserDraft draft) {
        return update(draft, null);
    }

    /**
     * As {@link #update(UserDraft)}; when the team changes, the user's open records in other features (see
     * {@link #openRecordsOf}) move with the user or go to the colleague in the old team that {@code handover}
     * names, in this transaction. Without a handover, a team change of a user with open records is refused.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserDraft update(UserDraft draft, @Nullable RecordHandover handover) {
        if (draft.getId() == null) {
            throw new IllegalArgumentException("A new user is created, not updated");
        }
        AppUser user = find(draft.getId());
        checkVersion(user.getVersion(), draft.getVersion());
        TeamMove teamMove = teamMoves.plan(user, draft.getTeam(), handover);
        String username = normalizeUsername(draft.getUsername());
        if (!username.equals(user.getUsername()) && users.existsByUsername(username)) {
            throw new DomainException("user.username.taken", username);
        }
        boolean deactivating = user.isActive() && !draft.isActive();
        String stampBefore = user.getSecurityStamp();
        if (deactivating || !draft.getRoles().contains(Role.ADMIN)) {
            keepOneActiveAdmin(user, draft);
        }
        user.setUsername(username);
        user.setDisplayName(draft.getDisplayName().trim());
        apply(draft, user);
        AppUser saved = users.saveAndFlush(user);
        if (teamMove != null) {
            teamMoves.carryOut(teamMove);
            log.info("User moved to another team: user={} open records owned by user id={} by={}",
                    saved.getUsername(), teamMove.ownerAfter(), currentUser.username());
        }
        if (!stampBefore.equals(saved.getSecurityStamp())) {
            events.publishEvent(new SecurityStampChanged(saved.getId()));
        }
        if (deactivating) {
            log.info("User deactivated: user={} by={}", saved.getUsername(), currentUser.username());
        }
        return toDraft(saved);
    }

    /** The user's open records in other features, per kind: what a change of team would hand over. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<OpenRecords> openRecordsOf(long userId) {
        find(userId);
        return teamMoves.openRecordsOf(userId);
    }

    /** Active members of the team other than the given user: who may take over that user's records. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<UserRef> colleaguesOf(long userId) {
        return teamMoves.colleaguesOf(find(userId));
    }

    /** Deactivation blocks login and ends the user's open sessions at once. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public UserDraft setActive(long id, long version, boolean active) {
        UserDraft draft = load(id);
        checkVersion(draft.getVersion(), version);
        draft.setActive(active);
        return update(draft);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        AppUser user = find(id);
        checkPasswordRules(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        events.publishEvent(new SecurityStampChanged(user.getId()));
        log.info("Password reset: user={} by={}", user.getUsername(), currentUser.username());
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void unlock(long id) {
        find(id).unlock();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<HistoryEntry> history(long id) {
        find(id);
        return entityHistory.of(AppUser.class, id, UserService::visibleFields);
    }

    // --- pickers for every feature ----------------------------------------------------------------

    /** Active users whose name or username contains the text, for pickers. */
    public Slice<UserRef> findUsers(@Nullable String text, Pageable pageable) {
        return users.findActiveRefs(likePattern(text), pageable);
    }

    /** The team of a user (empty without one); for record scope in other features. */
    public Optional<Long> teamIdOf(long userId) {
        return users.findTeamId(userId);
    }

    /** Whether the user exists and may log in; e.g. to check a new record owner. */
    public boolean isActive(long userId) {
        return users.findById(userId).map(AppUser::isActive).orElse(false);
    }

    /**
     * Users (active or not) by their username, for imports that name owners by username; the usernames are
     * compared as stored (lower case). Missing names are not in the result.
     */
    public Map<String, UserRef> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, UserRef> found = new HashMap<>();
        users.findRefsByUsernameIn(usernames).forEach(u -> found.put(u.username(), u));
        return found;
    }

    /** Display names by user id, for lists that hold user ids (one query for a page). */
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    // --- the logged-in user's own account -----------------------------------------------------------

    public MyAccount myAccount() {
        AppUser user = me();
        Team team = user.getTeam();
        return new MyAccount(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                team == null ? null : team.getName(), user.isDarkMode(), user.getLanguage());
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = me();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainException("account.password.current-wrong");
        }
        checkPasswordRules(user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new DomainException("account.password.same");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        users.flush();
        events.publishEvent(new SecurityStampChanged(user.getId()));
        keepThisSessionOpen(user.getSecurityStamp());
        log.info("Password changed by its user: user={}", user.getUsername());
    }

    @Transactional
    public void setDarkMode(boolean darkMode) {
        me().setDarkMode(darkMode);
    }

    /** The UI language, or null to follow the browser. */
    @Transactional
    public void setLanguage(@Nullable String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new DomainException("account.language.unknown");
        }
        me().setLanguage(language);
    }

    // --- rules ----------------------------------------------------------------------------------

    static void checkPasswordRules(String username, String password) {
        PasswordRules.check(username, password);
    }

    /** The password change ends the user's other sessions; the one they changed it in carries the new stamp. */
    private static void keepThisSessionOpen(String newStamp) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TandemUser me) {
            UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                    me.withSecurityStamp(newStamp), null, auth.getAuthorities());
            renewed.setDetails(auth.getDetails());
            context.setAuthentication(renewed);
        }
    }

    private void keepOneActiveAdmin(AppUser user, UserDraft draft) {
        boolean losesAdmin = user.isActive() && user.getRoles().contains(Role.ADMIN)
                && (!draft.isActive() || !draft.getRoles().contains(Role.ADMIN));
        if (losesAdmin && users.lockActiveHolders(Role.ADMIN).size() <= 1) {
            throw new DomainException("user.last-admin");
        }
    }

    private void apply(UserDraft draft, AppUser user) {
        if (draft.getDisplayName().isBlank()) {
            throw new DomainException("user.display-name.required");
        }
        user.setEmail(draft.getEmail() == null || draft.getEmail().isBlank() ? null : draft.getEmail().trim());
        user.setRoles(draft.getRoles());
        user.setActive(draft.isActive());
        TeamRef team = draft.getTeam();
        user.setTeam(team == null ? null : teams.findById(team.id()).orElseThrow(RecordNotFoundException::new));
    }

    private static String normalizeUsername(String username) {
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9][a-z0-9._-]{2,49}")) {
            throw new DomainException("user.username.invalid");
        }
        return normalized;
    }

    static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new OptimisticLockingFailureException("Changed by someone else since it was loaded");
        }
    }

    static @Nullable String likePattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private AppUser me() {
        return find(currentUser.id());
    }

    private UserDraft toDraft(AppUser user) {
        UserDraft draft = new UserDraft();
        draft.setId(user.getId());
        draft.setVersion(user.getVersion());
        draft.setUsername(user.getUsername());
        draft.setDisplayName(user.getDisplayName());
        draft.setEmail(user.getEmail());
        draft.setRoles(user.getRoles());
        Team team = user.getTeam();
        draft.setTeam(team == null ? null : new TeamRef(team.getId(), team.getName(), team.getKind()));
        draft.setActive(user.isActive());
        draft.setLocked(user.isLockedAt(clock.instant()));
        draft.setTwoFactorEnabled(user.isTwoFactorEnabled());
        return draft;
    }

    private static Map<String, String> visibleFields(AppUser user) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user.getUsername());
        fields.put("displayName", user.getDisplayName());
        fields.put("email", user.getEmail() == null ? "" : user.getEmail());
        fields.put("roles", user.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        fields.put("team", user.getTeam() == null ? "" : user.getTeam().getName());
        fields.put("active", Boolean.toString(user.isActive()));
        return fields;
    }
}
