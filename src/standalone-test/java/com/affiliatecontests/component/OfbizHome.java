package com.affiliatecontests.component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where OFBiz's own files (schemas, XML catalogs, entity models, labels, service definitions)
 * are read from, and how they are laid out there. Looked up, in order:
 * <ol>
 * <li>{@code $OFBIZ_HOME} when set;</li>
 * <li>{@code ../../} of the component when it is installed as {@code plugins/affiliatecontests};</li>
 * <li>the system property {@code ofbiz.reference} (the pom points it to ../shared/ofbiz-reference);</li>
 * <li>{@code ../shared/ofbiz-reference} beside the component.</li>
 * </ol>
 * A candidate counts only if it holds {@code framework/base/dtd/ofbiz-component.xsd}.
 */
final class OfbizHome {

    static final String MARKER = "framework/base/dtd/ofbiz-component.xsd";

    /** OFBiz's top-level folders holding components. */
    private static final List<String> COMPONENT_FOLDERS = List.of("framework", "applications", "themes", "plugins");
    private static final String INSTALLED_AS = "plugins/affiliatecontests";
    private static final String SUPPLEMENT = "src/standalone-test/resources/fixtures/ofbiz-entitymodels";
    private static final Set<String> NEVER_WALKED = Set.of(".git", "build", "runtime", "node_modules", "target", ".gradle");

    private final Path root;
    private final String foundBy;
    private final Path excludedComponent;

    private OfbizHome(Path root, String foundBy, Path excludedComponent) {
        this.root = root;
        this.foundBy = foundBy;
        this.excludedComponent = excludedComponent;
    }

    static OfbizHome locate(Path componentRoot) {
        return locate(componentRoot, System::getenv, System::getProperty);
    }

    /** As {@link #locate(Path)}, with the environment and system properties passed in (for tests). */
    static OfbizHome locate(Path componentRoot, UnaryOperator<String> environment, UnaryOperator<String> properties) {
        Path component = componentRoot.toAbsolutePath().normalize();
        String env = environment.apply("OFBIZ_HOME");
        if (env != null && !env.isBlank()) {
            Path home = Path.of(env).toAbsolutePath().normalize();
            if (!isHome(home)) {
                throw new IllegalStateException("OFBIZ_HOME is set to " + home + " but " + MARKER
                        + " is not there: fix or unset OFBIZ_HOME");
            }
            return new OfbizHome(home, "$OFBIZ_HOME", component);
        }
        List<String> tried = new ArrayList<>();
        Path installedIn = component.resolve("../..").normalize();
        if (isHome(installedIn)) {
            return new OfbizHome(installedIn, "the OFBiz home the component is installed in", component);
        }
        tried.add(installedIn + " (component installed under plugins/)");
        String property = properties.apply("ofbiz.reference");
        if (property != null && !property.isBlank()) {
            Path reference = Path.of(property).toAbsolutePath().normalize();
            if (isHome(reference)) {
                return new OfbizHome(reference, "system property ofbiz.reference", component);
            }
            tried.add(reference + " (system property ofbiz.reference)");
        }
        Path beside = component.resolve("../shared/ofbiz-reference").normalize();
        if (isHome(beside)) {
            return new OfbizHome(beside, "../shared/ofbiz-reference", component);
        }
        tried.add(beside + " (../shared/ofbiz-reference)");
        throw new IllegalStateException("No OFBiz home found: none of these holds " + MARKER + ":\n  "
                + String.join("\n  ", tried)
                + "\nSet OFBIZ_HOME to an OFBiz checkout, or provide the OFBiz reference copy.");
    }

    private static boolean isHome(Path candidate) {
        return Files.isRegularFile(candidate.resolve(MARKER));
    }

    Path root() {
        return root;
    }

    /** How this home was found, for messages. */
    String foundBy() {
        return foundBy;
    }

    /**
     * True for a real OFBiz checkout (its components have their ofbiz-component.xml), false for the
     * reference copy, which only holds schemas, entity models and a few label and seed files.
     */
    boolean isFullInstallation() {
        return Files.isRegularFile(root.resolve("framework/common/ofbiz-component.xml"));
    }

    List<Path> catalogFiles() {
        return find(4, "*/*/dtd/*-catalog.xml");
    }

    /** The dtd folders OFBiz puts on its classpath, where its resolver finds schemas by file name. */
    List<Path> dtdDirectories() {
        return find(3, "*/*/dtd").stream().filter(Files::isDirectory).toList();
    }

    List<Path> entityModelFiles() {
        List<Path> files = new ArrayList<>(find(4, "*/*/entitydef/*.xml"));
        if (!isFullInstallation()) {
            files.addAll(supplementedEntityModels());
        }
        return files;
    }

    /** OFBiz entity models the reference copy lacks, shipped with the component's tests (accounting, product). */
    private List<Path> supplementedEntityModels() {
        Path folder = excludedComponent.resolve(SUPPLEMENT);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> serviceDefinitionFiles() {
        return find(4, "*/*/servicedef/*.xml");
    }

    List<Path> labelFiles() {
        return find(4, "*/*/config/*Labels.xml");
    }

    List<Path> componentDescriptors() {
        return find(3, "*/*/ofbiz-component.xml");
    }

    /**
     * Files under the home's component folders whose path relative to the home matches the glob;
     * depth is the glob's number of path elements.
     */
    private List<Path> find(int depth, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> found = new ArrayList<>();
        for (String folder : COMPONENT_FOLDERS) {
            Path start = root.resolve(folder);
            if (Files.isDirectory(start)) {
                walk(start, depth - 1, matcher, found);
            }
        }
        found.sort(null);
        return found;
    }

    private void walk(Path start, int depth, PathMatcher matcher, List<Path> found) {
        try {
            Files.walkFileTree(start, Set.of(), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (NEVER_WALKED.contains(String.valueOf(dir.getFileName())) || isExcluded(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return visitFile(dir, attrs);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (matcher.matches(root.relativize(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The component itself, when installed in this home, is not one of "OFBiz's" files; nor is a copy
     * of it installed as plugins/affiliatecontests of a home the checkout is checked against ($OFBIZ_HOME).
     */
    private boolean isExcluded(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        return normalized.equals(excludedComponent) || normalized.equals(root.resolve(INSTALLED_AS).normalize());
    }

    @Override
    public String toString() {
        return root + " (" + foundBy + (isFullInstallation() ? ", full OFBiz" : ", reference copy") + ")";
    }
}
