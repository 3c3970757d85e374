package dev.exobindings.runtime;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtime's packages, the root package included, form no dependency cycle. */
class PackageCyclesTest {

    /** One slice per package (ArchUnit's pattern slices would leave the root package out). */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.startsWith("dev.exobindings.runtime") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "runtime packages";
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(classes);
    }
}
