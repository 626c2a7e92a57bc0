package app.tandem.crm.domain;

import app.tandem.crm.StageListItem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PipelineStageRepository extends JpaRepository<PipelineStage, Long> {

    List<PipelineStage> findAllByOrderByPositionAsc();

    /** The stages in pipeline order, each with the number of deals in it now. */
    @Query("""
            select new app.tandem.crm.StageListItem(s.id, s.version, s.name, s.position, s.probability,
                   s.forecastCategory, s.closed, s.won, (select count(d) from Deal d where d.stageId = s.id))
            from PipelineStage s
            order by s.position, s.id
            """)
    List<StageListItem> listWithDealCounts();

    /** Whether another stage (not the given one) has this name, ignoring case. */
    @Query("""
            select count(s) > 0 from PipelineStage s
            where lower(s.name) = lower(:name) and (:ownId is null or s.id <> :ownId)
            """)
    boolean nameTaken(@Param("name") String name, @Param("ownId") @Nullable Long ownId);

    @Query("select coalesce(max(s.position), 0) from PipelineStage s")
    int lastPosition();

    /** The deals that are in the stage now or were in it once (their stage history names it). */
    @Query("""
            select count(d) from Deal d
            where d.stageId = :stageId
               or d.id in (select c.dealId from DealStageChange c
                           where c.toStageId = :stageId or c.fromStageId = :stageId)
            """)
    long countDealsThatUse(@Param("stageId") long stageId);

    @Query("select count(d) from Deal d where d.stageId = :stageId")
    long countDealsIn(@Param("stageId") long stageId);
}
