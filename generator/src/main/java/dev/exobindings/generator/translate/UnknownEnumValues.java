package dev.exobindings.generator.translate;

import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notes on enum values the snapshot does not list. The translation still sends them as written (the raw-string
 * overload exists for values newer than the snapshot), but a typo such as {@code UserMailboxx} would otherwise pass
 * silently and fail only at the service.
 */
final class UnknownEnumValues {
    private final Map<String, EnumModel> enums;

    UnknownEnumValues(Map<String, EnumModel> enums) {
        this.enums = enums;
    }

    /** One note per value of {@code value} (lists, Add/Remove and Unlimited included) that its enum does not list. */
    List<String> notes(ParameterModel parameter, TypedValue value) {
        List<String> notes = new ArrayList<>();
        collect(parameter, value, notes);
        return notes;
    }

    private void collect(ParameterModel parameter, TypedValue value, List<String> notes) {
        if (value instanceof TypedValue.EnumValue e && e.constant() == null && enums.containsKey(e.enumClass())) {
            notes.add(note(parameter, e, enums.get(e.enumClass())));
        } else if (value instanceof TypedValue.Flags f) {
            f.values().forEach(v -> collect(parameter, v, notes));
        } else if (value instanceof TypedValue.Items i) {
            i.items().forEach(v -> collect(parameter, v, notes));
        } else if (value instanceof TypedValue.Delta d) {
            d.add().forEach(v -> collect(parameter, v, notes));
            d.remove().forEach(v -> collect(parameter, v, notes));
        } else if (value instanceof TypedValue.Unlimited u) {
            collect(parameter, u.bound(), notes);
        }
    }

    private static String note(ParameterModel parameter, TypedValue.EnumValue value, EnumModel model) {
        List<String> known = model.constants().stream().map(EnumModel.EnumConstant::wireValue).toList();
        List<String> nearest = NearestNames.to(value.wire(), known);
        String hint = nearest.isEmpty() ? "" : " (did you mean " + String.join(" or ", nearest) + "?)";
        return "-" + parameter.name() + ": '" + value.wire() + "' is not one of the " + known.size() + " values of "
                + model.className() + " in this snapshot" + hint + "; it is sent as written (the raw-string "
                + "overload), and the service rejects a value it does not know";
    }
}
