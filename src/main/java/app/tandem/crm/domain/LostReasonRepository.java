package app.tandem.crm.domain;

import app.tandem.crm.LostReasonListItem;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LostReasonRepository extends JpaRepository<LostReason, Long> {

    List<LostReason> findByActiveTrueOrderByName();

    boolean existsByIdAndActiveTrue(long id);

    long countByActiveTrue();

    /** Every lost reason, active or not, by name, each with the number of deals lost for it. */
    @Query("""
            select new app.tandem.crm.LostReasonListItem(r.id, r.version, r.name, r.active,
                   (select count(d) from Deal d where d.lostReasonId = r.id))
            from LostReason r
            order by r.name, r.id
            """)
    List<LostReasonListItem> listWithDealCounts();

    /** Whether another lost reason (not the given one) has this name, ignoring case. */
    @Query("""
            select count(r) > 0 from LostReason r
            where lower(r.name) = lower(:name) and (:ownId is null or r.id <> :ownId)
            """)
    boolean nameTaken(@Param("name") String name, @Param("ownId") @Nullable Long ownId);

    @Query("select count(d) from Deal d where d.lostReasonId = :reasonId")
    long countDealsLostFor(@Param("reasonId") long reasonId);
}
