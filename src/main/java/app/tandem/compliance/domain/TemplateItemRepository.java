package app.tandem.compliance.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateItemRepository extends JpaRepository<TemplateItem, Long> {

    List<TemplateItem> findByTemplateVersionIdOrderByPositionAscIdAsc(long templateVersionId);

    List<TemplateItem> findBySectionIdOrderByPositionAscIdAsc(long sectionId);

    long countByTemplateVersionId(long templateVersionId);
}
