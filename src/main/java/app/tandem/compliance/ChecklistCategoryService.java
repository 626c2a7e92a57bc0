package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.RecordNotFoundException;
import app.tandem.compliance.domain.ChecklistCategory;
import app.tandem.compliance.domain.ChecklistCategoryRepository;
import app.tandem.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checklist categories (Safety, Quality, ...): compliance officers pick from them, administrators keep the list. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
@Transactional(readOnly = true)
public class ChecklistCategoryService {

    private final ChecklistCategoryRepository categories;

    ChecklistCategoryService(ChecklistCategoryRepository categories) {
        this.categories = categories;
    }

    /** All categories, retired ones included, by name. */
    public List<CategoryRow> all() {
        return categories.findAllByOrderByNameAscIdAsc().stream().map(ChecklistCategoryService::toRow).toList();
    }

    public List<CategoryRow> active() {
        return all().stream().filter(CategoryRow::active).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public CategoryRow create(String name) {
        return toRow(categories.saveAndFlush(new ChecklistCategory(checkName(name, null))));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public CategoryRow rename(long id, long version, String name) {
        ChecklistCategory category = load(id, version);
        category.setName(checkName(name, id));
        return toRow(categories.saveAndFlush(category));
    }

    /** Retired categories stay on their templates but are not offered for new ones. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public CategoryRow setActive(long id, long version, boolean active) {
        ChecklistCategory category = load(id, version);
        category.setActive(active);
        return toRow(categories.saveAndFlush(category));
    }

    private ChecklistCategory load(long id, long version) {
        ChecklistCategory category = categories.findById(id).orElseThrow(RecordNotFoundException::new);
        if (category.getVersion() != version) {
            throw new OptimisticLockingFailureException("Category changed since it was loaded");
        }
        return category;
    }

    private String checkName(@Nullable String name, @Nullable Long id) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("compliance.category.name-required");
        }
        if (clean.length() > 100) {
            throw new DomainException("compliance.too-long", 100);
        }
        boolean taken = id == null ? categories.existsByNameIgnoreCase(clean)
                : categories.existsByNameIgnoreCaseAndIdNot(clean, id);
        if (taken) {
            throw new DomainException("compliance.category.name-taken", clean);
        }
        return clean;
    }

    private static CategoryRow toRow(ChecklistCategory c) {
        return new CategoryRow(c.getId(), c.getVersion(), c.getName(), c.isActive());
    }
}
