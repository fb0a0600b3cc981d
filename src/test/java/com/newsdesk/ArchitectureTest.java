package com.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/** Views talk to services, services to repositories; feature packages do not depend on each other in cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.newsdesk");

    @Test
    void views_do_not_use_repositories_or_sql() {
        noClasses().that().resideInAPackage("com.newsdesk..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("com.newsdesk.jooq..", "org.jooq..")
                .check(CLASSES);
    }

    @Test
    void services_and_repositories_do_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackage("com.newsdesk..ui..")
                .and().haveSimpleNameNotEndingWith("Config")
                .should().dependOnClassesThat().resideInAPackage("com.newsdesk..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_do_not_call_services() {
        noClasses().that().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(CLASSES);
    }

    @Test
    void the_shared_base_does_not_depend_on_features() {
        noClasses().that().resideInAPackage("com.newsdesk.base..")
                .should().dependOnClassesThat().resideInAnyPackage("com.newsdesk.article..", "com.newsdesk.source..",
                        "com.newsdesk.admin..", "com.newsdesk.audit..", "com.newsdesk.demo..")
                .check(CLASSES);
    }

    @Test
    void every_public_service_method_checks_the_callers_role() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().areNotAssignableTo(UserDetailsService.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("com.newsdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
