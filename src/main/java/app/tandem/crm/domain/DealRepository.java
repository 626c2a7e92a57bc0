package app.tandem.crm.domain;

import app.tandem.crm.DealCard;
import app.tandem.crm.DealListItem;
import app.tandem.crm.StageTotals;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface DealRepository extends JpaRepository<Deal, Long> {

    @Query("""
            select d from Deal d
            where d.id = :id and (:all = true or d.teamId = :teamId or d.ownerId = :userId)
            """)
    Optional<Deal> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /** The cards of one pipeline column, soonest close date first. */
    @Query("""
            select new app.tandem.crm.DealCard(d.id, d.name, a.name, d.amount, d.expectedCloseDate, o.displayName,
                   d.stageId, d.probability, d.ownerId, d.teamId)
            from Deal d join Account a on a.id = d.accountId join AppUser o on o.id = d.ownerId
            where d.stageId = :stageId
              and (:all = true or d.teamId = :teamId or d.ownerId = :userId)
              and (:ownerId is null or d.ownerId = :ownerId)
              and (:filterTeamId is null or d.teamId = :filterTeamId)
              and (:closeFrom is null or d.expectedCloseDate >= :closeFrom)
              and (:closeTo is null or d.expectedCloseDate <= :closeTo)
            order by d.expectedCloseDate, d.id
            """)
    List<DealCard> cardsOfStage(@Param("stageId") long stageId, @Param("all") boolean all,
            @Param("userId") long userId, @Param("teamId") @Nullable Long teamId,
            @Param("ownerId") @Nullable Long ownerId, @Param("filterTeamId") @Nullable Long filterTeamId,
            @Param("closeFrom") @Nullable LocalDate closeFrom, @Param("closeTo") @Nullable LocalDate closeTo,
            Pageable pageable);

    /** Count, sum and weighted sum per stage, computed in SQL, for the deals the scope may read. */
    @Query("""
            select new app.tandem.crm.StageTotals(d.stageId, count(d), coalesce(sum(d.amount), 0),
                   coalesce(sum(d.amount * d.probability / 100.0), 0))
            from Deal d
            where (:all = true or d.teamId = :teamId or d.ownerId = :userId)
              and (:ownerId is null or d.ownerId = :ownerId)
              and (:filterTeamId is null or d.teamId = :filterTeamId)
              and (:closeFrom is null or d.expectedCloseDate >= :closeFrom)
              and (:closeTo is null or d.expectedCloseDate <= :closeTo)
            group by d.stageId
            """)
    List<StageTotals> totalsByStage(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("ownerId") @Nullable Long ownerId,
            @Param("filterTeamId") @Nullable Long filterTeamId, @Param("closeFrom") @Nullable LocalDate closeFrom,
            @Param("closeTo") @Nullable LocalDate closeTo);

    /** The deals list: the scope's deals after the filters. */
    String SEARCH = """
            select new app.tandem.crm.DealListItem(d.id, d.name, a.name, d.amount, s.name, d.probability,
                   d.amount * d.probability / 100, d.expectedCloseDate, o.displayName)
            from Deal d
              join Account a on a.id = d.accountId
              join PipelineStage s on s.id = d.stageId
              join AppUser o on o.id = d.ownerId
            where (:all = true or d.teamId = :teamId or d.ownerId = :userId)
              and (:text is null or d.name like :text escape '\\' or a.name like :text escape '\\')
              and (:stageId is null or d.stageId = :stageId)
              and (:ownerId is null or d.ownerId = :ownerId)
              and (:filterTeamId is null or d.teamId = :filterTeamId)
              and (:closeFrom is null or d.expectedCloseDate >= :closeFrom)
              and (:closeTo is null or d.expectedCloseDate <= :closeTo)
              and (:accountId is null or d.accountId = :accountId)
              and (:noNextActivity = false or (s.closed = false and not exists (select 1 from Activity x
                   where x.dealId = d.id and x.status = app.tandem.crm.ActivityStatus.PLANNED)))
            """;


    @Query("""
            select count(d) from Deal d
            where d.accountId = :accountId and (:all = true or d.teamId = :teamId or d.ownerId = :userId)
            """)
    long countOfAccount(@Param("accountId") long accountId, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /** Every row of the list for an export, fetched in batches (see ExportQuery); read it within a transaction. */
    @Query(SEARCH)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = ExportQuery.FETCH_SIZE))
    Stream<DealListItem> export(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("text") @Nullable String text,
            @Param("stageId") @Nullable Long stageId, @Param("ownerId") @Nullable Long ownerId,
            @Param("filterTeamId") @Nullable Long filterTeamId, @Param("closeFrom") @Nullable LocalDate closeFrom,
            @Param("closeTo") @Nullable LocalDate closeTo, @Param("accountId") @Nullable Long accountId,
            @Param("noNextActivity") boolean noNextActivity, Sort sort);

    /** Won and lost deals closed in [from, to) within the scope, and the won deals' amount. */
    @Query("""
            select count(case when s.won = true then 1 end), count(case when s.won = false then 1 end),
                   coalesce(sum(case when s.won = true then d.amount end), 0)
            from Deal d join PipelineStage s on s.id = d.stageId
            where s.closed = true and d.closedAt >= :from and d.closedAt < :to
              and (:all = true or d.teamId = :teamId or d.ownerId = :userId)
            """)
    List<Object[]> closedBetween(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("from") Instant from, @Param("to") Instant to);

    /** The account's deals as entities, to move them one by one (history and version kept). */
    List<Deal> findByAccountId(long accountId);

    /** The user's open deals, for handing them over when the user changes team. */
    @Query("select d from Deal d where d.ownerId = :ownerId and d.stageId in (select s.id from PipelineStage s where s.closed = false)")
    List<Deal> findOpenOwnedBy(@Param("ownerId") long ownerId);

    @Query("select count(d) from Deal d where d.ownerId = :ownerId and d.stageId in (select s.id from PipelineStage s where s.closed = false)")
    long countOpenOwnedBy(@Param("ownerId") long ownerId);
}
