package dev.exobindings.metadata.io;

/** JSON member names of format version 1 (see {@code snapshot.schema.json}). */
final class SnapshotFields {
    private SnapshotFields() {
    }

    static final String HEADER = "header";
    static final String CMDLETS = "cmdlets";

    static final String FORMAT_VERSION = "formatVersion";
    static final String NAME = "name";
    static final String PRODUCT = "product";
    static final String CAPTURE_DATE = "captureDate";
    static final String SOURCES = "sources";
    static final String COUNTS = "counts";

    static final String KIND = "kind";
    static final String REPOSITORY = "repository";
    static final String COMMIT = "commit";
    static final String PATH = "path";
    static final String LICENSE = "license";

    static final String VERB = "verb";
    static final String NOUN = "noun";
    static final String DEFAULT_PARAMETER_SET = "defaultParameterSet";
    static final String DOCUMENTATION_URL = "documentationUrl";
    static final String SUPPORTS_SHOULD_PROCESS = "supportsShouldProcess";
    static final String PARAMETER_SETS = "parameterSets";
    static final String PARAMETERS = "parameters";
    static final String TRAITS = "traits";

    static final String CONFIRM_IMPACT = "confirmImpact";
    static final String BATCHABLE = "batchable";
    static final String ROUTING = "routing";
    static final String PARAMETER = "parameter";
    static final String HTTP_TIMEOUT_SECONDS = "httpTimeoutSeconds";

    static final String TYPE = "type";
    static final String ELEMENT_TYPE = "elementType";
    static final String MULTI_VALUED = "multiValued";
    static final String SWITCH = "switch";
    static final String ALIASES = "aliases";
    static final String ALLOWED_VALUES = "allowedValues";
    static final String VALUES_ORIGIN = "valuesOrigin";
    static final String INTERNAL = "internal";
    static final String DEPRECATED = "deprecated";
    static final String SETS = "sets";

    static final String MANDATORY = "mandatory";
    static final String POSITION = "position";
    static final String VALUE_FROM_PIPELINE = "valueFromPipeline";
    static final String VALUE_FROM_PIPELINE_BY_PROPERTY_NAME = "valueFromPipelineByPropertyName";
}
