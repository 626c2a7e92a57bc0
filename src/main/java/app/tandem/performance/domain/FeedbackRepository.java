package app.tandem.performance.domain;

import app.tandem.performance.FeedbackListItem;
import app.tandem.performance.FeedbackType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Feedback, always read through the visibility rule {@link #VISIBLE} for the reader {@code :me}
 * ({@code :manager}: the reader holds the MANAGER role; {@code :myTeamId}: the reader's team or null):
 * the giver always; the recipient unless MANAGER_ONLY; managers unless PRIVATE (and not manager-only feedback
 * about themselves); the recipient's supervisor unless PRIVATE or a formal warning; the recipient's team for
 * PUBLIC feedback that is not a formal warning.
 */
public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    String PRIVATE = "app.tandem.performance.FeedbackVisibility.PRIVATE";
    String PUBLIC = "app.tandem.performance.FeedbackVisibility.PUBLIC";
    String MANAGER_ONLY = "app.tandem.performance.FeedbackVisibility.MANAGER_ONLY";
    String WARNING = "app.tandem.performance.FeedbackType.FORMAL_WARNING";

    String VISIBLE = "(f.giverId = :me"
            + " or (f.recipientId = :me and f.visibility <> " + MANAGER_ONLY + ")"
            + " or (:manager = true and f.visibility <> " + PRIVATE + " and f.recipientId <> :me)"
            + " or (f.type <> " + WARNING + " and f.visibility <> " + PRIVATE + " and f.recipientId <> :me"
            + "     and exists (select 1 from AppUser sr join sr.team st"
            + "                 where sr.id = f.recipientId and st.supervisor.id = :me))"
            + " or (f.type <> " + WARNING + " and f.visibility = " + PUBLIC + " and :myTeamId is not null"
            + "     and exists (select 1 from AppUser tr where tr.id = f.recipientId and tr.team.id = :myTeamId)))\n";

    String ROW = """
            select new app.tandem.performance.FeedbackListItem(f.id, f.type, f.visibility, f.text, g.id,
                   g.displayName, r.id, r.displayName, t.name, f.givenAt, f.acknowledgedAt, f.linkType, f.linkId,
                   f.linkLabel)
            from Feedback f
              join AppUser g on g.id = f.giverId
              join AppUser r on r.id = f.recipientId
              left join r.team t
            """;

    /** The team log's filters (see {@link #log}). */
    String LOG = """
            where """ + VISIBLE + """
              and (:all = true or exists (select 1 from AppUser lr join lr.team lt
                                          where lr.id = f.recipientId and lt.supervisor.id = :me))
              and (:type is null or f.type = :type)
              and (:personId is null or f.recipientId = :personId or f.giverId = :personId)
              and (:teamId is null or t.id = :teamId)
              and (:from is null or f.givenAt >= :from)
              and (:to is null or f.givenAt < :to)
            """;

    @Query("select f from Feedback f where f.id = :id and " + VISIBLE)
    Optional<Feedback> findReadable(@Param("id") long id, @Param("me") long me, @Param("manager") boolean manager,
            @Param("myTeamId") @Nullable Long myTeamId);

    /** Feedback the reader received and may read; sort keys are f.* properties or g.displayName. */
    @Query(ROW + "where f.recipientId = :me and " + VISIBLE)
    Slice<FeedbackListItem> received(@Param("me") long me, @Param("manager") boolean manager,
            @Param("myTeamId") @Nullable Long myTeamId, Pageable pageable);

    /** Feedback the reader gave; sort keys are f.* properties or r.displayName. */
    @Query(ROW + "where f.giverId = :me")
    Slice<FeedbackListItem> given(@Param("me") long me, Pageable pageable);

    /**
     * The team log: readable feedback about members of the teams the reader supervises ({@code all}: anyone),
     * filtered; the person filter matches the recipient or the giver.
     */
    @Query(ROW + LOG)
    Slice<FeedbackListItem> log(@Param("me") long me, @Param("manager") boolean manager,
            @Param("myTeamId") @Nullable Long myTeamId, @Param("all") boolean all,
            @Param("type") @Nullable FeedbackType type, @Param("personId") @Nullable Long personId,
            @Param("teamId") @Nullable Long teamId, @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to, Pageable pageable);

    /** How many rows the team log shows for these filters. */
    @Query("""
            select count(f) from Feedback f
              join AppUser g on g.id = f.giverId
              join AppUser r on r.id = f.recipientId
              left join r.team t
            """ + LOG)
    long countLog(@Param("me") long me, @Param("manager") boolean manager,
            @Param("myTeamId") @Nullable Long myTeamId, @Param("all") boolean all,
            @Param("type") @Nullable FeedbackType type, @Param("personId") @Nullable Long personId,
            @Param("teamId") @Nullable Long teamId, @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to);

    /** Readable feedback a person received in [from, to), counted per type. */
    @Query("select f.type, count(f) from Feedback f where f.recipientId = :recipientId and f.givenAt >= :from"
            + " and f.givenAt < :to and " + VISIBLE + " group by f.type")
    List<Object[]> countByType(@Param("recipientId") long recipientId, @Param("from") Instant from,
            @Param("to") Instant to, @Param("me") long me, @Param("manager") boolean manager,
            @Param("myTeamId") @Nullable Long myTeamId);

    /** Unacknowledged formal warnings of the recipient, for the reminder on their feedback page. */
    @Query("select count(f) from Feedback f where f.recipientId = :me and f.type = " + WARNING
            + " and f.acknowledgedAt is null")
    long countUnacknowledgedWarnings(@Param("me") long me);

    /** Whether {@code supervisorId} supervises the team of {@code userId} (and is not that user). */
    @Query("""
            select count(u) > 0 from AppUser u join u.team t
            where u.id = :userId and t.supervisor.id = :supervisorId and u.id <> :supervisorId
            """)
    boolean isSupervisorOf(@Param("supervisorId") long supervisorId, @Param("userId") long userId);

    @Query("select count(u) > 0 from AppUser u where u.id = :userId and u.team.id = :teamId")
    boolean isMemberOf(@Param("userId") long userId, @Param("teamId") long teamId);

    @Query("select new app.tandem.org.TeamRef(t.id, t.name, t.kind) from Team t order by t.name, t.id")
    List<app.tandem.org.TeamRef> allTeams();

    @Query("""
            select new app.tandem.org.TeamRef(t.id, t.name, t.kind) from Team t where t.supervisor.id = :me
            order by t.name, t.id
            """)
    List<app.tandem.org.TeamRef> teamsSupervisedBy(@Param("me") long me);

    /** Members of the teams the lead supervises (everyone active when {@code all}), except the lead. */
    @Query("""
            select new app.tandem.org.UserRef(u.id, u.username, u.displayName) from AppUser u
            where u.active = true and u.id <> :me
              and (:all = true or exists (select 1 from Team t where t.id = u.team.id and t.supervisor.id = :me))
              and (:text is null or u.displayName like :text escape '\\' or u.username like :text escape '\\')
            order by u.displayName, u.id
            """)
    Slice<app.tandem.org.UserRef> reportsOf(@Param("me") long me, @Param("all") boolean all,
            @Param("text") @Nullable String text, Pageable pageable);

    /** My formal warnings still to be acknowledged, oldest first. */
    @Query("select new app.tandem.performance.WarningItem(f.id, g.displayName, f.givenAt) from Feedback f"
            + " join AppUser g on g.id = f.giverId where f.recipientId = :me and f.type = " + WARNING
            + " and f.acknowledgedAt is null order by f.givenAt, f.id")
    List<app.tandem.performance.WarningItem> findUnacknowledgedWarnings(@Param("me") long me);
}
