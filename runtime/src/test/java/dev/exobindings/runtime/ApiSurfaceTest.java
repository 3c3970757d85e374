package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API (every public and protected signature of the packages {@code module-info.java} exports) must equal
 * the committed {@code api/runtime-api.txt}: an accidental break or addition fails the build. After an intended
 * change, regenerate the file with {@code -Dapi.update=true} and commit it with the change.
 */
class ApiSurfaceTest {
    private static final Path MODULE_INFO = Path.of("src", "main", "java", "module-info.java");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SURFACE = Path.of("api", "runtime-api.txt");

    @Test
    void publicApiMatchesTheCommittedSurface() throws Exception {
        String actual = String.join("\n", surface()) + "\n";
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(SURFACE.getParent());
            Files.writeString(SURFACE, actual, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SURFACE) ? Files.readString(SURFACE, StandardCharsets.UTF_8) : "";
        assertEquals(committed, actual, "The runtime's public API changed. If intended, run the runtime tests with "
                + "-Dapi.update=true and commit runtime/" + SURFACE.toString().replace('\\', '/'));
    }

    @Test
    void theExportedApiNamesNoTypeOfAnInternalPackage() throws Exception {
        List<String> exported = exportedPackages();
        Matcher m = Pattern.compile("dev\\.exobindings\\.runtime(?:\\.[a-z]\\w*)*(?=\\.[A-Z])")
                .matcher(String.join("\n", surface()));
        TreeSet<String> leaked = new TreeSet<>();
        while (m.find()) {
            if (!exported.contains(m.group())) {
                leaked.add(m.group());
            }
        }
        assertEquals(new TreeSet<String>(), leaked, "exported signatures name types of packages module-info does "
                + "not export; export the package or keep the type out of the public API");
    }

    static List<String> exportedPackages() throws IOException {
        List<String> packages = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(Files.readString(MODULE_INFO));
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    private static List<String> surface() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String pkg : exportedPackages()) {
            TreeSet<String> classNames = new TreeSet<>();
            try (Stream<Path> files = Files.list(CLASSES.resolve(pkg.replace('.', '/')))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                        .filter(n -> !n.equals("package-info.class")).forEach(n -> classNames.add(n.substring(0, n.length() - 6)));
            }
            for (String name : classNames) {
                Class<?> type = Class.forName(pkg + "." + name, false, ApiSurfaceTest.class.getClassLoader());
                if (isVisible(type)) {
                    lines.addAll(describe(type));
                }
            }
        }
        return lines;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static List<String> describe(Class<?> type) {
        List<String> out = new ArrayList<>();
        out.add(type.toGenericString() + supertypes(type));
        TreeSet<String> members = new TreeSet<>();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                members.add("  " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                members.add("  " + m.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                members.add("  " + f.toGenericString());
            }
        }
        out.addAll(members);
        return out;
    }

    private static String supertypes(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            sb.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        TreeSet<String> interfaces = new TreeSet<>();
        for (var i : type.getGenericInterfaces()) {
            interfaces.add(i.getTypeName());
        }
        if (!interfaces.isEmpty()) {
            sb.append(" implements ").append(String.join(", ", interfaces));
        }
        return sb.toString();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
