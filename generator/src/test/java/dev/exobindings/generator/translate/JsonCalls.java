package dev.exobindings.generator.translate;

/** The call that renders a translated request's body in the line's confirmation mode, for compiled harnesses. */
final class JsonCalls {
    private JsonCalls() {
    }

    /** {@code .toJson()}, or {@code .toJson(ConfirmMode.VALIDATE)} / {@code .toJson(ConfirmMode.WHAT_IF)}. */
    static String of(Translation t) {
        return t.confirmation() == Translation.Confirmation.DEFAULT ? ".toJson()"
                : ".toJson(dev.exobindings.runtime.ConfirmMode." + t.confirmation().name() + ")";
    }
}
