package app.tandem.compliance.domain;

import app.tandem.compliance.VersionStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    List<TemplateVersion> findByTemplateIdOrderByNumberDesc(long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdOrderByNumberDesc(long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdAndStatusOrderByNumberDesc(long templateId, VersionStatus status);
}
