package dev.exobindings.bench.peer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.model.TypeRef;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ModelField;
import dev.exobindings.generator.typed.ModelRef;
import dev.exobindings.generator.typed.ResultModels;
import java.util.ArrayList;
import java.util.List;

/**
 * The same snapshot as an OpenAPI 3.0 document, for the peer generator: one POST operation per cmdlet and
 * parameter set, its parameters as the request body's object schema (mandatory ones {@code required}), the
 * generated enums as shared schemas, and every fact our Javadoc states (declared type, sets with mandatory and
 * position, pipeline input, aliases, allowed values, internal, deprecated, the reference page) in descriptions,
 * so both generators carry the same information. With result models (our typed results from {@code $metadata}),
 * a cmdlet that has one answers with an array of that model's schema — the same properties, types and facts
 * ({@code Property X, CSDL type Y}) — so both sides also generate the same result types; without them the answer
 * is an untyped object.
 */
final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    static ObjectNode of(ServiceModel model, ResultModels results) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Exchange Online InvokeCommand").put("version", "1.0");
        doc.putArray("servers").addObject().put("url", "https://outlook.office365.com/adminapi/beta");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        List<EnumModel> enums = new ArrayList<>(model.enums());
        enums.addAll(results.enums());
        for (EnumModel e : enums) {
            ObjectNode schema = newSchema(schemas, e.className());
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            e.constants().forEach(c -> values.add(c.wireValue()));
        }
        for (ModelClass m : results.models()) {
            newSchema(schemas, m.className()).setAll(result(m));
        }
        for (CmdletModel cmdlet : model.cmdlets()) {
            for (ParameterSetModel set : cmdlet.sets()) {
                String name = cmdlet.className() + set.builderName();
                ObjectNode post = paths.putObject("/" + cmdlet.name() + "/" + set.builderName()).putObject("post");
                post.put("operationId", Character.toLowerCase(name.charAt(0)) + name.substring(1));
                post.putArray("tags").add(cmdlet.className());
                post.put("summary", "The " + cmdlet.name() + " cmdlet, parameter set " + set.name()
                        + (set.isDefault() ? " (default)" : ""));
                post.put("description", "Supports ShouldProcess: " + cmdlet.supportsShouldProcess()
                        + (cmdlet.documentationUrl() == null ? "" : ". Reference: " + cmdlet.documentationUrl()));
                post.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + name);
                ObjectNode answer = post.putObject("responses").putObject("200")
                        .put("description", "the cmdlet's output").putObject("content")
                        .putObject("application/json").putObject("schema");
                String resultClass = results.resultClass().get(cmdlet.name());
                if (resultClass == null) {
                    answer.put("type", "object");
                } else {
                    answer.put("type", "array").putObject("items").put("$ref", "#/components/schemas/" + resultClass);
                }
                newSchema(schemas, name).setAll(body(cmdlet, set));
            }
        }
        return doc;
    }

    /** A new schema; a name taken twice (the Java side keeps models, enums and requests apart) stops the run. */
    private static ObjectNode newSchema(ObjectNode schemas, String name) {
        if (schemas.has(name)) {
            throw new IllegalStateException("two schemas named " + name + " in the OpenAPI document");
        }
        return schemas.putObject(name);
    }

    /** A result model as an object schema: its properties in order, each with the facts our Javadoc states. */
    private static ObjectNode result(ModelClass m) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "The " + (m.entity() ? "entity" : "complex") + " type " + m.csdlName()
                + (m.baseType() == null ? "" : " (base type " + m.baseType() + ")") + ". Result of: "
                + String.join(", ", m.resultOf()) + ".");
        ObjectNode properties = schema.putObject("properties");
        for (ModelField f : m.fields()) {
            ObjectNode property = type(f.type());
            property.put("description", "Property " + f.wireName() + ", CSDL type " + f.csdlType()
                    + (f.nullable() ? "" : ", declared non-nullable") + ".");
            properties.set(f.wireName(), property);
        }
        return schema;
    }

    private static ObjectNode type(ModelRef type) {
        ObjectNode node = NODES.objectNode();
        switch (type.kind()) {
            case STRING, DURATION -> node.put("type", "string");
            case BOOLEAN -> node.put("type", "boolean");
            case INT32 -> node.put("type", "integer").put("format", "int32");
            case INT64 -> node.put("type", "integer").put("format", "int64");
            case DOUBLE -> node.put("type", "number").put("format", "double");
            case DECIMAL -> node.put("type", "number");
            case GUID -> node.put("type", "string").put("format", "uuid");
            case INSTANT -> node.put("type", "string").put("format", "date-time");
            case BYTES -> node.put("type", "string").put("format", "byte");
            case JSON -> node.put("type", "object");
            case ENUM, MODEL -> node.put("$ref", "#/components/schemas/" + type.className());
            case LIST -> {
                node.put("type", "array");
                node.set("items", type(type.element()));
            }
        }
        return node;
    }

    private static ObjectNode body(CmdletModel cmdlet, ParameterSetModel set) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (SetParameter sp : set.parameters()) {
            ParameterModel p = sp.parameter();
            ObjectNode property = type(p.type());
            property.put("description", facts(cmdlet, p));
            if (p.deprecated()) {
                property.put("deprecated", true);
            }
            properties.set(p.name(), property);
            if (sp.mandatory()) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            ArrayNode array = schema.putArray("required");
            required.forEach(array::add);
        }
        return schema;
    }

    private static ObjectNode type(TypeRef type) {
        ObjectNode node = NODES.objectNode();
        switch (type.kind()) {
            case STRING, DURATION, UNLIMITED, BYTE_SIZE -> node.put("type", "string");
            case BOOLEAN, SWITCH -> node.put("type", "boolean");
            case INT -> node.put("type", "integer").put("format", "int32");
            case LONG -> node.put("type", "integer").put("format", "int64");
            case DOUBLE -> node.put("type", "number").put("format", "double");
            case UUID -> node.put("type", "string").put("format", "uuid");
            case INSTANT -> node.put("type", "string").put("format", "date-time");
            case BYTES -> node.put("type", "string").put("format", "byte");
            case CREDENTIAL, SECRET -> node.put("type", "string").put("format", "password");
            case MAP -> node.put("type", "object").put("additionalProperties", true);
            case ENUM -> node.put("$ref", "#/components/schemas/" + type.enumClass());
            case LIST -> {
                node.put("type", "array");
                node.set("items", type(type.element()));
            }
        }
        return node;
    }

    /** The facts our Javadoc states for a parameter, as plain text. */
    private static String facts(CmdletModel cmdlet, ParameterModel p) {
        StringBuilder sb = new StringBuilder("Declared type: ").append(p.declaredType().isEmpty() ? "(none)"
                : p.declaredType()).append(p.type().isList() ? " (several values)" : "").append(". Parameter sets: ");
        List<String> sets = new ArrayList<>();
        boolean byValue = false;
        boolean byProperty = false;
        for (ParameterSetModel set : cmdlet.sets()) {
            for (SetParameter sp : set.parameters()) {
                if (sp.parameter() == p) {
                    sets.add(set.name() + (sp.mandatory() ? " mandatory" : " optional")
                            + (sp.position() != null ? ", position " + sp.position() : ""));
                    byValue |= sp.pipelineByValue();
                    byProperty |= sp.pipelineByProperty();
                }
            }
        }
        sb.append(String.join("; ", sets)).append('.');
        if (byValue || byProperty) {
            sb.append(" Pipeline input: ").append(byValue ? "by value" : "").append(byValue && byProperty ? ", " : "")
                    .append(byProperty ? "by property name" : "").append('.');
        }
        if (!p.aliases().isEmpty()) {
            sb.append(" Aliases: ").append(String.join(", ", p.aliases())).append('.');
        }
        if (!p.allowedValues().isEmpty()) {
            sb.append(" Allowed values: ").append(String.join(", ", p.allowedValues())).append('.');
        }
        if (p.internal()) {
            sb.append(" Documented as internal-only.");
        }
        return sb.toString();
    }
}
