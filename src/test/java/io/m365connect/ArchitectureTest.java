package io.m365connect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of ARCHITECTURE.md "Rules the code keeps", each checked against the compiled main classes. */
@AnalyzeClasses(packages = "io.m365connect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses().that().resideInAPackage("io.m365connect.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                    "io.m365connect.app..", "io.m365connect.ui..", "io.m365connect.cli..", "io.m365connect.sandbox..")
            .because("the CLI and the tests run core without a toolkit, and every arrow points down");

    @ArchTest
    static final ArchRule uiSeesOnlyCore = noClasses().that().resideInAPackage("io.m365connect.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.m365connect.app..", "io.m365connect.cli..", "io.m365connect.sandbox..", "picocli..")
            .because("the ui uses core services it is given; app wires, sandbox is reached through PracticeTenant");

    @ArchTest
    static final ArchRule cliSeesOnlyCore = noClasses().that().resideInAPackage("io.m365connect.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.m365connect.app..", "io.m365connect.ui..", "io.m365connect.sandbox..", "javafx..")
            .because("the CLI uses core only and must run where no display exists");

    @ArchTest
    static final ArchRule sandboxSeesOnlyCore = noClasses().that().resideInAPackage("io.m365connect.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.m365connect.app..", "io.m365connect.ui..", "io.m365connect.cli..", "javafx..", "picocli..")
            .because("the emulator implements core.practice.PracticeTenant and knows nothing above core");

    @ArchTest
    static final ArchRule msalOnlyInAuth = noClasses().that().resideOutsideOfPackage("io.m365connect.core.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.aad.msal4j..", "com.microsoft.aad.msal4jextensions..")
            .because("MSAL4J is wrapped at one seam (MsalTokenService); the rest sees TokenRequest → AccessToken | AuthFailure");

    @ArchTest
    static final ArchRule bouncyCastleOnlyInCert = noClasses().that().resideOutsideOfPackage("io.m365connect.core.cert..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("certificate parsing and writing live in core.cert; everything else sees plain JCA types");

    @ArchTest
    static final ArchRule mailOnlyInProbe = noClasses().that().resideOutsideOfPackage("io.m365connect.core.probe..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
            .because("the mail probes are the only users of Angus Mail");

    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels are tested without a toolkit; only views build nodes");

    @ArchTest
    static final ArchRule pagesDoNotReferToEachOther = slices().matching("io.m365connect.ui.step.(*)..")
            .should().notDependOnEachOther()
            .because("the shell owns navigation; shared draft state lives in the WizardSession");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.m365connect.(**)")
            .should().beFreeOfCycles()
            .because("every arrow points down");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses().that().resideOutsideOfPackage("io.m365connect.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("only the CLI writes to the terminal; everything else reports through results and the log");

    @ArchTest
    static final ArchRule noNewThread = noClasses()
            .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates
                    .target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
                            .owner(com.tngtech.archunit.base.DescribedPredicate.describe("Thread",
                                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAssignableTo(Thread.class)))))
            .because("background work goes through UiExecutor or an executor, never a bare thread");
}
