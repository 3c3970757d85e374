package dev.exobindings.maven;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.generator.select.CmdletFilter;
import dev.exobindings.generator.translate.Problem;
import dev.exobindings.generator.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * The cmdlets the bindings a translation imports have classes for. The {@code translate} goal takes the package of
 * this project's {@code generate} execution; when that execution generates only some cmdlets
 * ({@code <includes>}/{@code <excludes>}), a translation of any other would import a class that was never generated,
 * so it is a problem instead.
 */
final class GeneratedCmdlets {
    private final List<Selection> selections;

    private record Selection(String executionId, List<String> includes, List<String> excludes, CmdletFilter filter) {
    }

    private GeneratedCmdlets(List<Selection> selections) {
        this.selections = selections;
    }

    /**
     * The generate executions of {@code project} that write the bindings of {@code snapshot} into
     * {@code targetPackage}; without any (no project, another package) every cmdlet counts as generated.
     */
    static GeneratedCmdlets of(MavenProject project, String snapshot, String targetPackage)
            throws MojoFailureException {
        List<Selection> selections = new ArrayList<>();
        for (GenerateExecutions.Execution execution : GenerateExecutions.readingSnapshot(project, snapshot)) {
            String packageName = execution.setting("packageName");
            String generated = packageName != null ? packageName : project.getGroupId() + ".exo";
            if (!generated.equals(targetPackage)) {
                continue;
            }
            List<String> includes = globs(execution.list("includes"));
            List<String> excludes = globs(execution.list("excludes"));
            try {
                selections.add(new Selection(execution.id(), includes, excludes, CmdletFilter.of(includes, excludes)));
            } catch (GeneratorException e) {
                throw new MojoFailureException("The generate execution '" + execution.id() + "' has an invalid glob: "
                        + e.getMessage());
            }
        }
        return new GeneratedCmdlets(selections);
    }

    /** {@code translation}, or, when its cmdlet has no generated class, the same line with that problem. */
    Translation check(Translation translation) {
        if (!translation.ok() || translation.cmdlet() == null || selections.isEmpty()
                || selections.stream().anyMatch(s -> s.filter().accepts(translation.cmdlet()))) {
            return translation;
        }
        StringBuilder why = new StringBuilder(translation.cmdlet()).append(" is not among the generated cmdlets: ");
        for (Selection s : selections) {
            why.append("execution '").append(s.executionId()).append("' generates includes ")
                    .append(s.includes().isEmpty() ? "(all)" : s.includes())
                    .append(s.excludes().isEmpty() ? "" : " minus excludes " + s.excludes()).append("; ");
        }
        why.append("Fix: add it to <includes> of the generate execution, or translate for other bindings with "
                + "-Dexo-bindings.packageName.");
        return new Translation(translation.line(), translation.source(), translation.cmdlet(), null, List.of(), null,
                translation.notes(), new Problem(Problem.Kind.API_GAP, 1, why.toString(), null));
    }

    /** The globs as the generate goal reads them; blank ones fail that goal, so they select nothing here. */
    private static List<String> globs(List<String> configured) {
        return configured == null ? List.of()
                : configured.stream().filter(g -> g != null && !g.isBlank()).map(String::trim).toList();
    }
}
