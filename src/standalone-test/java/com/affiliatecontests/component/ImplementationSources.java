package com.affiliatecontests.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the component's Java and Groovy sources behind class names and locations, and their methods. */
final class ImplementationSources {

    private static final List<String> SOURCE_FOLDERS = List.of("src/main/java", "src/main/groovy", "src/test/groovy", "src/test/java");

    private final ComponentFiles component;

    ImplementationSources(ComponentFiles component) {
        this.component = component;
    }

    /** The source file of a fully-qualified class name, in any source folder, .java or .groovy. */
    Optional<Path> classSource(String className) {
        String relative = className.replace('.', '/');
        for (String folder : SOURCE_FOLDERS) {
            for (String extension : List.of(".java", ".groovy")) {
                Path candidate = component.root().resolve(folder).resolve(relative + extension);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Groovy file of a groovy-engine location: either a {@code component://} location of this
     * component, or a class name whose file is under src/main/groovy.
     */
    Optional<Path> groovySource(String location) {
        Optional<ComponentUrl> url = ComponentUrl.parse(location);
        if (url.isPresent()) {
            return component.resolve(url.get()).filter(Files::isRegularFile);
        }
        Path candidate = component.root().resolve("src/main/groovy").resolve(location.replace('.', '/') + ".groovy");
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** Whether the Java or Groovy source declares a method of that name ("def x(", "Map x(", "public static Map x("). */
    static boolean declaresMethod(Path source, String method) {
        Pattern declaration = Pattern.compile("(?m)^[ \\t]*(?:@\\w+(?:\\([^)]*\\))?\\s+)*"
                + "(?:(?:public|protected|private|static|final|synchronized|abstract)\\s+)*"
                + "(?!(?:return|new|throw|else|if|while|for|switch|case|assert)\\b)"
                + "(?:def|[A-Za-z_][\\w.]*(?:<[^;{}()]*>)?(?:\\[\\])*)\\s+" + Pattern.quote(method) + "\\s*\\(");
        return declaration.matcher(TextFiles.read(source)).find();
    }
}
