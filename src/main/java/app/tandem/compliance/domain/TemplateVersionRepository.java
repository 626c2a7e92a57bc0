package app.tandem.compliance.domain;

import app.tandem.compliance.VersionStatus;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    /** The version, locked until the transaction ends: publishing and content edits of a draft run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from TemplateVersion v where v.id = :id")
    Optional<TemplateVersion> findLocked(@Param("id") long id);

    List<TemplateVersion> findByTemplateIdOrderByNumberDesc(long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdOrderByNumberDesc(long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdAndStatusOrderByNumberDesc(long templateId, VersionStatus status);
}
