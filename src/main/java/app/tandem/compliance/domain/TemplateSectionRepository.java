package app.tandem.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateSectionRepository extends JpaRepository<TemplateSection, Long> {

    List<TemplateSection> findByTemplateVersionIdOrderByPositionAscIdAsc(long templateVersionId);
}
