package dev.exobindings.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.testing.FixtureModel;
import dev.exobindings.generator.testing.Golden;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ModelField;
import dev.exobindings.generator.typed.ModelRef;
import dev.exobindings.generator.typed.ResultMapping;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.generator.typed.ResultTypes;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden files of the model emitter over {@code csdl/fixture.xml} (every Edm shape, collections, enums shared with
 * a parameter enum and added from the CSDL, a complex type with a base type, abstract and open types, names that
 * clash), and of a cmdlet class whose builders carry the result type. Regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ModelEmitterGoldenTest {
    private static final ServiceModel SERVICE = FixtureModel.all();
    private static final ResultModels RESULTS = plan();

    private static ResultModels plan() {
        try (InputStream in = ModelEmitterGoldenTest.class.getResourceAsStream("/csdl/fixture.xml")) {
            CsdlSchema csdl = new CsdlReader().read("fixture.xml", in);
            return new ResultTypes().plan(csdl, SERVICE, ResultMapping.bundled(), List.of()).models();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModelClass model(String name) {
        return RESULTS.models().stream().filter(m -> m.className().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void entityWithEveryShape() {
        Golden.assertMatches("ModelEmitter", "entity-every-shape",
                new ModelEmitter(RESULTS.packageName(), SERVICE.enumPackageName()).emit(model("Mailbox")).toString());
    }

    @Test
    void complexTypeWithBaseType() {
        Golden.assertMatches("ModelEmitter", "complex-with-base", new ModelEmitter(RESULTS.packageName(),
                SERVICE.enumPackageName()).emit(model("PermissionInfo")).toString());
    }

    @Test
    void enumAddedFromTheCsdl() {
        assertEquals(List.of("OofState"), RESULTS.enums().stream().map(e -> e.className()).toList(),
                "RecipientTypeDetails is the fixture's parameter enum and is reused; OofState is new");
        Golden.assertMatches("EnumEmitter", "from-csdl",
                new EnumEmitter(SERVICE.enumPackageName()).emit(RESULTS.enums().get(0)).toString());
    }

    @Test
    void cmdletWhoseResultIsAModel() {
        assertEquals("Mailbox", RESULTS.resultClass().get("Get-Mailbox"));
        Golden.assertMatches("CmdletClassEmitter", "typed-result",
                new CmdletClassEmitter(SERVICE, RESULTS).emit(FixtureModel.cmdlet(SERVICE, "Get-Mailbox")).toString());
    }

    @Test
    void shapesNamesAndSkippedTypes() {
        assertEquals(List.of("Mailbox", "PermissionInfo"), RESULTS.models().stream().map(ModelClass::className)
                .toList(), "abstract ComplexEntry and the open, property-less GenericHashTable are not models");
        Map<String, ModelField> f = model("Mailbox").fields().stream()
                .collect(Collectors.toMap(ModelField::wireName, x -> x));
        assertEquals(ModelRef.Kind.JSON, f.get("Anything").type().kind());
        assertEquals(ModelRef.Kind.JSON, f.get("Table").type().kind());
        assertEquals(ModelRef.Kind.BYTES, f.get("Thumbnail").type().kind());
        assertEquals(ModelRef.Kind.LIST, f.get("Permissions").type().kind());
        assertEquals("PermissionInfo", f.get("Permissions").type().element().className());
        assertEquals("TYPE", f.get("Type").constantName());
        assertEquals("classValue", f.get("Class").accessorName());
        assertEquals("extraPropertiesValue", f.get("ExtraProperties").accessorName());
        assertEquals(List.of("ChangedProperties", "AccessRights", "Deny"), model("PermissionInfo").fields().stream()
                .map(ModelField::wireName).toList(), "base type's properties first");
    }
}
