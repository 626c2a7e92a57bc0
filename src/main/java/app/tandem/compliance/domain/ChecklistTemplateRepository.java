package app.tandem.compliance.domain;

import app.tandem.compliance.TemplateListItem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    /** Templates with their newest published and newest version numbers; sort keys are t.* properties. */
    @Query("""
            select new app.tandem.compliance.TemplateListItem(t.id, t.name, c.name,
                (select max(p.number) from TemplateVersion p where p.templateId = t.id
                    and p.status = app.tandem.compliance.VersionStatus.PUBLISHED),
                (select max(v.number) from TemplateVersion v where v.templateId = t.id))
            from ChecklistTemplate t join ChecklistCategory c on c.id = t.categoryId
            where (:text is null or lower(t.name) like lower(:text))
              and (:categoryId is null or t.categoryId = :categoryId)
            """)
    Slice<TemplateListItem> search(@Param("text") @Nullable String text, @Param("categoryId") @Nullable Long categoryId,
            Pageable pageable);

    boolean existsByCategoryId(long categoryId);
}
