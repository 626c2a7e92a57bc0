package app.tandem.compliance;

import app.tandem.base.DomainException;
import app.tandem.base.Paging;
import app.tandem.base.RecordNotFoundException;
import app.tandem.compliance.domain.ChecklistCategory;
import app.tandem.compliance.domain.ChecklistCategoryRepository;
import app.tandem.compliance.domain.ChecklistTemplate;
import app.tandem.compliance.domain.ChecklistTemplateRepository;
import app.tandem.compliance.domain.TemplateItem;
import app.tandem.compliance.domain.TemplateItemRepository;
import app.tandem.compliance.domain.TemplateSection;
import app.tandem.compliance.domain.TemplateSectionRepository;
import app.tandem.compliance.domain.TemplateVersion;
import app.tandem.compliance.domain.TemplateVersionRepository;
import app.tandem.security.CurrentUser;
import app.tandem.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates and their versions, kept by compliance officers and administrators. A template's content
 * (sections, items, pass mark) is edited in a DRAFT version; publishing makes that version immutable, and
 * editing a published template starts a new draft copied from the newest published version. Runs pin the
 * version they were opened on.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COMPLIANCE_OFFICER + "')")
@Transactional(readOnly = true)
public class ChecklistTemplateService {

    private final ChecklistTemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final TemplateSectionRepository sections;
    private final TemplateItemRepository items;
    private final ChecklistCategoryRepository categories;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistTemplateService(ChecklistTemplateRepository templates, TemplateVersionRepository versions,
            TemplateSectionRepository sections, TemplateItemRepository items, ChecklistCategoryRepository categories,
            CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.sections = sections;
        this.items = items;
        this.categories = categories;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading ------------------------------------------------------------------------------------

    public Slice<TemplateListItem> list(@Nullable String text, @Nullable Long categoryId, Pageable pageable) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return templates.search(like, categoryId, Paging.withStableSort(pageable, Sort.by("name"), "id"));
    }

    /** Templates that have a published version: the ones a schedule can use. */
    public List<TemplateRef> published() {
        List<TemplateRef> refs = new ArrayList<>();
        for (ChecklistTemplate t : templates.findAll(Sort.by("name", "id"))) {
            if (versions.findFirstByTemplateIdAndStatusOrderByNumberDesc(t.getId(), VersionStatus.PUBLISHED)
                    .isPresent()) {
                refs.add(new TemplateRef(t.getId(), t.getName()));
            }
        }
        return refs;
    }

    public TemplateDetails details(long templateId) {
        ChecklistTemplate t = template(templateId);
        String category = categories.findById(t.getCategoryId()).map(ChecklistCategory::getName).orElse("");
        List<TemplateDetails.VersionRow> rows = versions.findByTemplateIdOrderByNumberDesc(templateId).stream()
                .map(v -> new TemplateDetails.VersionRow(v.getId(), v.getNumber(), v.getStatus(), v.getPublishedAt(),
                        v.getPublishedBy()))
                .toList();
        return new TemplateDetails(t.getId(), t.getVersion(), t.getName(), t.getCategoryId(), category,
                t.getDescription(), rows);
    }

    /** The sections and items of one version, in order: what the editor and the preview show. */
    public VersionContent content(long versionId) {
        TemplateVersion version = version(versionId);
        return contentOf(version, template(version.getTemplateId()), sections, items);
    }

    static VersionContent contentOf(TemplateVersion version, ChecklistTemplate template,
            TemplateSectionRepository sections, TemplateItemRepository items) {
        Map<Long, List<TemplateItemData>> bySection = new HashMap<>();
        for (TemplateItem item : items.findByTemplateVersionIdOrderByPositionAscIdAsc(version.getId())) {
            bySection.computeIfAbsent(item.getSectionId(), k -> new ArrayList<>()).add(toData(item));
        }
        List<VersionContent.Section> content = sections.findByTemplateVersionIdOrderByPositionAscIdAsc(
                version.getId()).stream()
                .map(s -> new VersionContent.Section(s.getId(), s.getTitle(), bySection.getOrDefault(s.getId(),
                        List.of())))
                .toList();
        return new VersionContent(version.getId(), template.getId(), template.getName(), version.getNumber(),
                version.getStatus(), version.getPassMark(), content);
    }

    static TemplateItemData toData(TemplateItem item) {
        return new TemplateItemData(item.getId(), item.getVersion(), item.getPrompt(), item.getHelp(), item.getUnit(),
                item.rule());
    }

    // --- templates ----------------------------------------------------------------------------------

    /** A new template with an empty first draft version; returns the template's id. */
    @Transactional
    public long create(TemplateDraft draft) {
        ChecklistTemplate template = templates.saveAndFlush(new ChecklistTemplate(checkName(draft.name()),
                checkCategory(draft.categoryId(), null), optional(draft.description())));
        versions.saveAndFlush(new TemplateVersion(template.getId(), 1));
        return template.getId();
    }

    /** Name, category and description are not part of a version: they change for every version at once. */
    @Transactional
    public TemplateDetails updateDetails(long templateId, long version, TemplateDraft draft) {
        ChecklistTemplate template = template(templateId);
        if (template.getVersion() != version) {
            throw new OptimisticLockingFailureException("Template changed since it was loaded");
        }
        template.setName(checkName(draft.name()));
        template.setCategoryId(checkCategory(draft.categoryId(), template.getCategoryId()));
        template.setDescription(optional(draft.description()));
        templates.saveAndFlush(template);
        return details(templateId);
    }

    /**
     * The version to edit: the open draft, or else a new draft copied from the newest published version (the
     * published one stays as it is). Returns the draft's id.
     */
    @Transactional
    public long draftFor(long templateId) {
        template(templateId);
        TemplateVersion latest = versions.findFirstByTemplateIdOrderByNumberDesc(templateId)
                .orElseThrow(RecordNotFoundException::new);
        if (!latest.isPublished()) {
            return latest.getId();
        }
        TemplateVersion draft = new TemplateVersion(templateId, latest.getNumber() + 1);
        draft.setPassMark(latest.getPassMark());
        draft = versions.saveAndFlush(draft);
        Map<Long, Long> sectionCopies = new HashMap<>();
        for (TemplateSection s : sections.findByTemplateVersionIdOrderByPositionAscIdAsc(latest.getId())) {
            TemplateSection copy = sections.save(new TemplateSection(draft.getId(), s.getPosition(), s.getTitle()));
            sectionCopies.put(s.getId(), copy.getId());
        }
        for (TemplateItem item : items.findByTemplateVersionIdOrderByPositionAscIdAsc(latest.getId())) {
            items.save(item.copyTo(draft.getId(), sectionCopies.get(item.getSectionId())));
        }
        items.flush();
        return draft.getId();
    }

    @Transactional
    public void setPassMark(long versionId, int passMark) {
        TemplateVersion version = draft(versionId);
        version.setPassMark(passMark);
        versions.saveAndFlush(version);
    }

    /**
     * Publishes a draft: from now on it never changes, and new runs use it. A version needs at least one item,
     * and every item's rules must be valid.
     */
    @Transactional
    public void publish(long versionId) {
        TemplateVersion version = draft(versionId);
        List<TemplateItem> all = items.findByTemplateVersionIdOrderByPositionAscIdAsc(versionId);
        if (all.isEmpty()) {
            throw new DomainException("compliance.version.no-items");
        }
        all.forEach(item -> ChecklistRules.validate(item.rule()));
        version.publish(currentUser.username(), clock.instant());
        versions.saveAndFlush(version);
    }

    // --- sections -----------------------------------------------------------------------------------

    @Transactional
    public long addSection(long versionId, String title) {
        draft(versionId);
        int position = sections.findByTemplateVersionIdOrderByPositionAscIdAsc(versionId).size();
        return sections.saveAndFlush(new TemplateSection(versionId, position, checkTitle(title))).getId();
    }

    @Transactional
    public void renameSection(long sectionId, String title) {
        TemplateSection section = section(sectionId);
        draft(section.getTemplateVersionId());
        section.setTitle(checkTitle(title));
        sections.saveAndFlush(section);
    }

    /** Deletes a section of a draft with its items. */
    @Transactional
    public void deleteSection(long sectionId) {
        TemplateSection section = section(sectionId);
        draft(section.getTemplateVersionId());
        items.deleteAll(items.findBySectionIdOrderByPositionAscIdAsc(sectionId));
        sections.delete(section);
        sections.flush();
        renumber(sections.findByTemplateVersionIdOrderByPositionAscIdAsc(section.getTemplateVersionId()),
                TemplateSection::setPosition);
    }

    /** Moves a section up (negative) or down (positive) by that many places, within bounds. */
    @Transactional
    public void moveSection(long sectionId, int by) {
        TemplateSection section = section(sectionId);
        draft(section.getTemplateVersionId());
        List<TemplateSection> list = new ArrayList<>(
                sections.findByTemplateVersionIdOrderByPositionAscIdAsc(section.getTemplateVersionId()));
        move(list, section, by);
        renumber(list, TemplateSection::setPosition);
        sections.flush();
    }

    // --- items --------------------------------------------------------------------------------------

    /** Adds an item at the end of the section (id null) or changes one; the rules are checked first. */
    @Transactional
    public long saveItem(long sectionId, TemplateItemData data) {
        TemplateSection section = section(sectionId);
        draft(section.getTemplateVersionId());
        ChecklistRules.validate(data.rule());
        TemplateItem item;
        if (data.id() == null) {
            int position = items.findBySectionIdOrderByPositionAscIdAsc(sectionId).size();
            item = new TemplateItem(section.getTemplateVersionId(), sectionId, position);
        } else {
            item = items.findById(data.id()).filter(i -> i.getSectionId() == sectionId)
                    .orElseThrow(RecordNotFoundException::new);
            if (item.getVersion() != data.version()) {
                throw new OptimisticLockingFailureException("Item changed since it was loaded");
            }
        }
        item.setPrompt(required(data.prompt(), "compliance.item.prompt-required", 500));
        item.setHelp(limited(data.help(), 2000));
        item.setUnit(limited(data.unit(), 20));
        item.setRule(data.rule());
        return items.saveAndFlush(item).getId();
    }

    @Transactional
    public void deleteItem(long itemId) {
        TemplateItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        draft(item.getTemplateVersionId());
        items.delete(item);
        items.flush();
        renumber(items.findBySectionIdOrderByPositionAscIdAsc(item.getSectionId()), TemplateItem::setPosition);
    }

    /** Moves an item up (negative) or down (positive) within its section, within bounds. */
    @Transactional
    public void moveItem(long itemId, int by) {
        TemplateItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        draft(item.getTemplateVersionId());
        List<TemplateItem> list = new ArrayList<>(items.findBySectionIdOrderByPositionAscIdAsc(item.getSectionId()));
        move(list, item, by);
        renumber(list, TemplateItem::setPosition);
        items.flush();
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static <T> void move(List<T> list, T element, int by) {
        int from = list.indexOf(element);
        int to = Math.max(0, Math.min(list.size() - 1, from + by));
        list.remove(from);
        list.add(to, element);
    }

    private static <T> void renumber(List<T> list, java.util.function.ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < list.size(); i++) {
            setPosition.accept(list.get(i), i);
        }
    }

    private ChecklistTemplate template(long id) {
        return templates.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private TemplateVersion version(long id) {
        return versions.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    /** The draft, locked until the transaction ends, so that publishing waits for an edit and then refuses it. */
    private TemplateVersion draft(long versionId) {
        TemplateVersion version = versions.findLocked(versionId).orElseThrow(RecordNotFoundException::new);
        version.requireDraft();
        return version;
    }

    private TemplateSection section(long id) {
        return sections.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    private long checkCategory(long categoryId, @Nullable Long current) {
        ChecklistCategory category = categories.findById(categoryId)
                .orElseThrow(() -> new DomainException("compliance.category.unknown"));
        if (!category.isActive() && !Objects.equals(current, categoryId)) {
            throw new DomainException("compliance.category.unknown");
        }
        return categoryId;
    }

    private static String checkName(@Nullable String name) {
        return required(name, "compliance.template.name-required", 200);
    }

    private static String checkTitle(@Nullable String title) {
        return required(title, "compliance.section.title-required", 200);
    }

    static String required(@Nullable String text, String key, int max) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            throw new DomainException(key);
        }
        if (clean.length() > max) {
            throw new DomainException("compliance.too-long", max);
        }
        return clean;
    }

    static @Nullable String limited(@Nullable String text, int max) {
        String clean = text == null || text.isBlank() ? null : text.trim();
        if (clean != null && clean.length() > max) {
            throw new DomainException("compliance.too-long", max);
        }
        return clean;
    }

    private static @Nullable String optional(@Nullable String text) {
        return limited(text, 2000);
    }
}
