package dev.exobindings.runtime;

import dev.exobindings.runtime.model.ModelType;
import java.util.List;

/**
 * A request whose rows have a generated model: {@code exo.list(GetMailbox.all())} returns {@code List<Mailbox>}.
 * The untyped forms ({@code invoke}, {@code stream(request, options)}) still give {@code JsonNode} rows.
 *
 * @param <R> the model of one row
 */
public interface TypedCmdletRequest<R> extends CmdletRequest {

    /** The model of one row, from the generator's cmdlet-to-result mapping. */
    ModelType<R> resultType();

    /** The properties chosen with {@code select(…)} (sent as {@code $select}); empty for every property. */
    List<String> selection();
}
