package org.quietroom.core.preset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The TeaVM and purity rules for this package, checked on the bytecode: no regex, String.format, streams,
 * java.util.Base64, I/O, clock, randomness or TeaVM API. Regex and String.format compile into hundreds of KB;
 * the rest would break "pure core, same result on the JVM and in the browser".
 */
class PresetArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quietroom.core.preset");

    @Test
    void usesNoForbiddenPackages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.util.regex..", "java.util.stream..", "java.io..", "java.nio..", "java.time..", "java.net..",
                "org.teavm..")
                .check(CORE);
    }

    @Test
    void usesNoForbiddenClasses() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Base64")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Formatter")
                .check(CORE);
    }

    @Test
    void callsNoRegexOrFormatMethodsOfString() {
        noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(String.class, "split", String.class)
                .orShould().callMethod(String.class, "split", String.class, int.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .orShould().callMethod(String.class, "lines")
                .orShould().callMethod(String.class, "chars")
                .orShould().callMethod(String.class, "codePoints")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .check(CORE);
    }
}
