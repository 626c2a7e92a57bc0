package app.tandem.org;

import static app.tandem.org.UserService.checkVersion;
import static app.tandem.org.UserService.likePattern;

import app.tandem.base.DomainException;
import app.tandem.base.EntityHistory;
import app.tandem.base.HistoryEntry;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.Team;
import app.tandem.org.domain.TeamRepository;
import app.tandem.org.domain.UserRepository;
import app.tandem.security.Roles;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams: name, kind, supervisor and members. Everyone may look teams up; only administrators change them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TeamService {

    private final TeamRepository teams;
    private final UserRepository users;
    private final EntityHistory entityHistory;
    private final ObjectProvider<TeamMoveParticipant> teamMoveParticipants;

    TeamService(TeamRepository teams, UserRepository users, EntityHistory entityHistory,
            ObjectProvider<TeamMoveParticipant> teamMoveParticipants) {
        this.teamMoveParticipants = teamMoveParticipants;
        this.teams = teams;
        this.users = users;
        this.entityHistory = entityHistory;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Slice<TeamListItem> list(@Nullable String text, @Nullable TeamKind kind, Pageable pageable) {
        return teams.search(likePattern(text), kind, Paging.withStableSort(pageable, Sort.by("name"), "id"));
    }

    /** Teams whose name contains the text, for pickers. */
    public Slice<TeamRef> findTeams(@Nullable String text, Pageable pageable) {
        return teams.findRefs(likePattern(text), pageable);
    }

    /** A team for a picker, e.g. one chosen in a filter kept in a link (empty when there is none). */
    public Optional<TeamRef> ref(long teamId) {
        return teams.findById(teamId).map(t -> new TeamRef(t.getId(), t.getName(), t.getKind()));
    }

    /** The team a user belongs to (empty without one), with its kind; e.g. for the dashboard's main role. */
    public Optional<TeamRef> teamOf(long userId) {
        return users.findTeamId(userId).flatMap(teams::findById)
                .map(t -> new TeamRef(t.getId(), t.getName(), t.getKind()));
    }

    public List<UserRef> membersOf(long teamId) {
        return users.membersOf(teamId);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public TeamDraft load(long id) {
        return toDraft(find(id));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public TeamDraft create(TeamDraft draft) {
        String name = checkedName(draft, null);
        Team team = teams.save(new Team(name, draft.getKind()));
        apply(draft, team);
        return toDraft(teams.saveAndFlush(team));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public TeamDraft update(TeamDraft draft) {
        if (draft.getId() == null) {
            throw new IllegalArgumentException("A new team is created, not updated");
        }
        Team team = find(draft.getId());
        checkVersion(team.getVersion(), draft.getVersion());
        team.setName(checkedName(draft, team.getId()));
        team.setKind(draft.getKind());
        apply(draft, team);
        return toDraft(teams.saveAndFlush(team));
    }

    /** Deletes the team; its members stay, without a team. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void delete(long id, long version) {
        Team team = find(id);
        checkVersion(team.getVersion(), version);
        users.findByTeamId(id).forEach(member -> {
            checkNoOpenRecords(member);
            member.setTeam(null);
        });
        teams.delete(team);
        try {
            teams.flush();
        } catch (DataIntegrityViolationException e) {
            // other features' records (e.g. checklist runs) name the team by a foreign key: they keep it
            throw new DomainException("team.delete.in-use", team.getName());
        }
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<HistoryEntry> history(long id) {
        find(id);
        return entityHistory.of(Team.class, id, TeamService::visibleFields);
    }

    private String checkedName(TeamDraft draft, @Nullable Long ownId) {
        String name = draft.getName().trim();
        if (name.isEmpty()) {
            throw new DomainException("team.name.required");
        }
        teams.findByName(name).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new DomainException("team.name.taken", name);
        });
        return name;
    }

    private void apply(TeamDraft draft, Team team) {
        UserRef supervisor = draft.getSupervisor();
        team.setSupervisor(supervisor == null ? null
                : users.findById(supervisor.id()).orElseThrow(RecordNotFoundException::new));
        Set<Long> wanted = draft.getMembers().stream().map(UserRef::id).collect(Collectors.toSet());
        for (AppUser member : users.findByTeamId(team.getId())) {
            if (!wanted.remove(member.getId())) {
                checkNoOpenRecords(member);
                member.setTeam(null);
            }
        }
        for (AppUser joining : users.findAllById(wanted)) {
            checkNoOpenRecords(joining);
            joining.setTeam(team);
        }
    }

    /** Whose open records would change readers must be moved on the Users screen, which asks what happens to them. */
    private void checkNoOpenRecords(AppUser user) {
        if (teamMoveParticipants.orderedStream().flatMap(p -> p.openRecordsOf(user.getId()).stream())
                .anyMatch(r -> r.count() > 0)) {
            throw new DomainException("team.members.open-records", user.getDisplayName());
        }
    }

    private Team find(long id) {
        return teams.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private TeamDraft toDraft(Team team) {
        TeamDraft draft = new TeamDraft();
        draft.setId(team.getId());
        draft.setVersion(team.getVersion());
        draft.setName(team.getName());
        draft.setKind(team.getKind());
        AppUser supervisor = team.getSupervisor();
        draft.setSupervisor(supervisor == null ? null
                : new UserRef(supervisor.getId(), supervisor.getUsername(), supervisor.getDisplayName()));
        draft.setMembers(new LinkedHashSet<>(users.membersOf(team.getId())));
        return draft;
    }

    private static Map<String, String> visibleFields(Team team) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", team.getName());
        fields.put("kind", team.getKind().name());
        fields.put("supervisor", team.getSupervisor() == null ? "" : team.getSupervisor().getDisplayName());
        return fields;
    }
}
