package com.affiliatecontests.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one component checkout: which of them the checks read, and how component-relative
 * paths and {@code component://} locations map to them. Build output, VCS data and the test
 * fixtures (deliberately broken files) are never part of the component.
 */
final class ComponentFiles {

    static final String NAME = "affiliatecontests";
    /** The benchmark component kept in this repository, never part of what a store installs. */
    static final String BENCHMARK_NAME = "affiliatecontestsbench";
    static final Path BENCHMARK_FOLDER = Path.of("benchmark");

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", ".git", ".gradle", ".idea", "node_modules");
    /**
     * The Maven builds' files: the standalone build's (dependency-reduced-pom.xml is written by the shade plugin)
     * and the browser suite's (scripts/browser-suite.sh).
     */
    private static final Set<Path> MAVEN_FILES = Set.of(Path.of("pom.xml"), Path.of("dependency-reduced-pom.xml"),
            Path.of("src/browser-test/pom.xml"));
    private static final Path FIXTURES = Path.of("src/standalone-test/resources/fixtures");
    private static final Set<String> OFBIZ_XML_FOLDERS = Set.of("config", "data", "entitydef", "servicedef", "testdef", "widget");

    private final String name;
    private final Path root;
    /** Folders of nested components (relative to the root), checked as components of their own. */
    private final Set<Path> nestedComponents;

    ComponentFiles(String name, Path root) {
        this(name, root, Set.of());
    }

    private ComponentFiles(String name, Path root, Set<Path> nestedComponents) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
        this.nestedComponents = nestedComponents;
    }

    /**
     * The component under test: system property {@code affiliatecontests.home}, else the working dir;
     * without its benchmark/ folder, which is the separate component {@link #benchmarkUnderTest()}.
     */
    static ComponentFiles underTest() {
        return new ComponentFiles(NAME, checkout(), Set.of(BENCHMARK_FOLDER));
    }

    /** The test-only benchmark component, benchmark/ of the checkout (installed as plugins/affiliatecontestsbench). */
    static ComponentFiles benchmarkUnderTest() {
        return new ComponentFiles(BENCHMARK_NAME, checkout().resolve(BENCHMARK_FOLDER));
    }

    private static Path checkout() {
        String home = System.getProperty("affiliatecontests.home");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.dir") : home);
    }

    String name() {
        return name;
    }

    Path root() {
        return root;
    }

    /** The component's files with that extension (without dot), sorted. */
    List<Path> files(String extension) {
        String suffix = "." + extension;
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(root) || !isSkipped(root.relativize(dir)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(suffix)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** XML files checked as part of the component: all but the standalone Maven build's. */
    List<Path> xmlFiles() {
        return files("xml").stream().filter(p -> !MAVEN_FILES.contains(relative(p))).toList();
    }

    /** Files directly in a component folder, e.g. {@code filesIn("servicedef", "xml")}. */
    List<Path> filesIn(String folder, String extension) {
        return files(extension).stream()
                .filter(p -> relative(p).getParent() != null && relative(p).getParent().equals(Path.of(folder)))
                .toList();
    }

    Path relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize());
    }

    /** A path for messages: relative to the component root when inside it, else absolute. */
    String display(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return normalized.startsWith(root) ? root.relativize(normalized).toString() : normalized.toString();
    }

    /** The file a location of this component points to (whether it exists or not). */
    Optional<Path> resolve(ComponentUrl url) {
        if (!url.component().equals(name) || url.path().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(root.resolve(url.path()).normalize());
    }

    /** An XML file OFBiz reads, which must therefore declare its schema. */
    boolean isOfbizXmlFile(Path file) {
        Path relative = relative(file);
        if (relative.equals(Path.of("ofbiz-component.xml"))) {
            return true;
        }
        if (relative.getNameCount() > 1 && OFBIZ_XML_FOLDERS.contains(relative.getName(0).toString())) {
            return true;
        }
        return isUnderWebInf(relative) && relative.getFileName().toString().equals("controller.xml");
    }

    /** webapp/x/WEB-INF/web.xml: a Jakarta servlet descriptor, not an OFBiz file. */
    boolean isServletDescriptor(Path file) {
        Path relative = relative(file);
        return isUnderWebInf(relative) && relative.getFileName().toString().equals("web.xml");
    }

    private static boolean isUnderWebInf(Path relative) {
        return relative.getNameCount() == 4 && relative.getName(0).toString().equals("webapp")
                && relative.getName(2).toString().equals("WEB-INF");
    }

    private boolean isSkipped(Path relative) {
        if (relative.startsWith(FIXTURES) || nestedComponents.contains(relative)) {
            return true;
        }
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + " at " + root;
    }
}
