package dev.exobindings.runtime;

import dev.exobindings.runtime.model.ModelProperty;
import dev.exobindings.runtime.model.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Base of the generated builders of cmdlets whose result has a model: adds the result type and a typed
 * {@code select(…)} that accepts only that model's property constants.
 *
 * @param <SELF> the concrete builder type
 * @param <R>    the model of one row
 */
public abstract class AbstractTypedCmdletRequest<SELF extends AbstractTypedCmdletRequest<SELF, R>, R>
        extends AbstractCmdletRequest<SELF> implements TypedCmdletRequest<R> {

    private final ModelType<R> resultType;
    private final List<String> selection = new ArrayList<>();

    /** A builder of the cmdlet {@code descriptor} describes (generated code passes its class's DESCRIPTOR). */
    protected AbstractTypedCmdletRequest(CmdletDescriptor descriptor, ModelType<R> resultType) {
        super(descriptor);
        this.resultType = Objects.requireNonNull(resultType, "resultType");
    }

    /** A builder of a cmdlet whose traits are unknown. */
    protected AbstractTypedCmdletRequest(String cmdletName, boolean supportsShouldProcess, ModelType<R> resultType) {
        this(CmdletDescriptor.unknownTraits(cmdletName, supportsShouldProcess), resultType);
    }

    /**
     * Asks only for these properties ({@code $select}); the typed rows come back with just them set, the others
     * {@code null}. A later call replaces the earlier choice; no argument means every property again.
     */
    @SafeVarargs
    public final SELF select(ModelProperty<R, ?>... properties) {
        selection.clear();
        for (ModelProperty<R, ?> p : properties) {
            String name = Objects.requireNonNull(p, "property").name();
            if (!selection.contains(name)) {
                selection.add(name);
            }
        }
        return self();
    }

    @Override
    public final ModelType<R> resultType() {
        return resultType;
    }

    @Override
    public final List<String> selection() {
        return List.copyOf(selection);
    }
}
