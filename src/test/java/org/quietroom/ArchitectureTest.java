package org.quietroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule: core is pure; only browser touches the browser. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quietroom");

    @Test
    void coreDependsOnNeitherTeaVmNorTheBrowserShell() {
        noClasses().that().resideInAPackage("org.quietroom.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "org.quietroom.browser..",
                        "org.quietroom.build..")
                .check(CLASSES);
    }

    @Test
    void coreReadsNoClockRandomnessOrFiles() {
        noClasses().that().resideInAPackage("org.quietroom.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.time..", "java.util.random..", "java.util.regex..", "java.util.stream..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .check(CLASSES);
    }

    /**
     * The compression libraries are for the build's {@code Precompress} alone: nothing TeaVM compiles may reach them,
     * and {@code scripts/serve} runs SiteServer on target/classes without them, so it must not need them.
     */
    @Test
    void onlyPrecompressUsesTheCompressionLibraries() {
        noClasses().that().doNotHaveFullyQualifiedName("org.quietroom.build.Precompress")
                .should().dependOnClassesThat().resideInAnyPackage("com.aayushatharva.brotli4j..", "com.jcraft.jzlib..")
                .check(CLASSES);
        noClasses().that().haveFullyQualifiedName("org.quietroom.build.SiteServer")
                .or().haveFullyQualifiedName("org.quietroom.build.AcceptEncoding")
                .or().haveFullyQualifiedName("org.quietroom.build.ContentCoding")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.quietroom.build.Precompress")
                .check(CLASSES);
    }

    @Test
    void onlyTheBrowserShellUsesTeaVm() {
        noClasses().that().resideOutsideOfPackage("org.quietroom.browser..")
                .should().dependOnClassesThat().resideInAPackage("org.teavm..")
                .check(CLASSES);
    }
}
