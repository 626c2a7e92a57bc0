package app.tandem.base.ui;

/** The modules of the side navigation, in their order. */
public enum Module {
    CRM("nav.module.crm", "home.module.crm"),
    PERFORMANCE("nav.module.performance", "home.module.performance"),
    IMPROVEMENT("nav.module.improvement", "home.module.improvement"),
    COMPLIANCE("nav.module.compliance", "home.module.compliance"),
    ADMINISTRATION("nav.module.administration", "home.module.administration");

    private final String titleKey;
    private final String descriptionKey;

    Module(String titleKey, String descriptionKey) {
        this.titleKey = titleKey;
        this.descriptionKey = descriptionKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String descriptionKey() {
        return descriptionKey;
    }
}
