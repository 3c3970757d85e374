package dev.exobindings.generator.emit;

import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.testing.FixtureModel;
import dev.exobindings.generator.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files per emitter over the fixture snapshot ({@code src/test/resources/golden/<Emitter>/<case>.java}).
 * Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class EmitterGoldenTest {
    private static final ServiceModel MODEL = FixtureModel.all();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Get-Mailbox, many-sets",
            "Set-Mailbox, mandatory-in-every-set-should-process",
            "Get-Thing, one-set",
            "New-Thing, one-set-mandatory",
            "New-Resource, mandatory-switches",
            "Set-Keywords, keywords-and-clashing-names",
            "Get-Collide, entry-name-collisions",
            "Set-OddEnum, enum-parameters",
            "Set-Lists, multivalue",
            "Set-Tables, hashtables",
            "Set-Unknown, unknown-types",
            "Set-Scalars, scalars",
            "Set-Flags, flags-and-clear",
            "Get-DeviceStatistics, routing-traits",
            "Remove-Thing, high-impact-traits"})
    void cmdletClass(String cmdlet, String testCase) {
        String actual = new CmdletClassEmitter(MODEL).emit(FixtureModel.cmdlet(MODEL, cmdlet)).toString();
        Golden.assertMatches("CmdletClassEmitter", testCase, actual);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "OddMode, odd-values-union",
            "SetOddEnumLevel, per-parameter",
            "RecipientTypeDetails, type-named-list"})
    void enumClass(String className, String testCase) {
        String actual = new EnumEmitter(MODEL.enumPackageName()).emit(FixtureModel.enumNamed(MODEL, className))
                .toString();
        Golden.assertMatches("EnumEmitter", testCase, actual);
    }

    @Test
    void catalog() {
        Golden.assertMatches("CatalogEmitter", "fixture", new CatalogEmitter().emit(MODEL).toString());
    }

    @Test
    void packageInfo() {
        PackageInfoEmitter emitter = new PackageInfoEmitter();
        Golden.assertMatches("PackageInfoEmitter", "cmdlet-package", emitter.cmdletPackage(MODEL).content());
        Golden.assertMatches("PackageInfoEmitter", "enum-package", emitter.enumPackage(MODEL).content());
    }
}
