package app.tandem.org.domain;

import app.tandem.org.TeamKind;
import app.tandem.org.TeamListItem;
import app.tandem.org.TeamRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByName(String name);

    /** A page of the teams list; sort keys are t.* properties or s.displayName (supervisor). */
    @Query("""
            select new app.tandem.org.TeamListItem(t.id, t.name, t.kind, s.displayName,
                   (select count(m) from AppUser m where m.team = t and m.active = true))
            from Team t left join t.supervisor s
            where (:text is null or t.name like :text escape '\\') and (:kind is null or t.kind = :kind)
            """)
    Slice<TeamListItem> search(@Param("text") @Nullable String text, @Param("kind") @Nullable TeamKind kind,
            Pageable pageable);

    @Query("""
            select new app.tandem.org.TeamRef(t.id, t.name, t.kind) from Team t
            where (:text is null or t.name like :text escape '\\') order by t.name
            """)
    Slice<TeamRef> findRefs(@Param("text") @Nullable String text, Pageable pageable);
}
