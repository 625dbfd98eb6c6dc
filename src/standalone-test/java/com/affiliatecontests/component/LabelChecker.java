package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Labels: every {@code uiLabelMap.Key} of the component's XML, FreeMarker templates and Groovy
 * exists in a label resource (the component's config/*Labels.xml or OFBiz's), every literal
 * {@code UtilProperties.getMessage("Resource", "Key", ...)} names an existing resource and key,
 * every {@code property-map resource} exists, and each of the component's own keys has both an
 * {@code en} and a {@code fr} value.
 */
final class LabelChecker {

    static final List<String> REQUIRED_LANGUAGES = List.of("en", "fr");
    /** Label resources of this component start so; they must exist whatever the OFBiz home. */
    static final String OWN_RESOURCE_PREFIX = "AffiliateContests";

    private static final Pattern UI_LABEL = Pattern.compile("\\buiLabelMap\\.([A-Za-z_][A-Za-z0-9_]*)");
    /** A screen's page title, which OFBiz's decorators look up as a label: {@code <set field="titleProperty" value="Key"/>} */
    private static final Pattern TITLE_PROPERTY = Pattern.compile(
            "<set\\s+field=\"titleProperty\"\\s+value=\"([A-Za-z_][A-Za-z0-9_]*)\"");
    /** getMessage("Resource", "Key" or getMessage(RESOURCE_CONSTANT, "Key" */
    private static final Pattern GET_MESSAGE = Pattern.compile(
            "\\bgetMessage\\s*\\(\\s*(?:([\"'])([A-Za-z0-9_]+)\\1|([A-Za-z_][A-Za-z0-9_]*))\\s*,\\s*([\"'])([A-Za-z0-9_.]+)\\4");

    private final ComponentFiles component;
    private final ComponentXml xml;
    private final LabelCatalog labels;
    private final OfbizHome home;

    LabelChecker(ComponentFiles component, ComponentXml xml, LabelCatalog labels, OfbizHome home) {
        this.component = component;
        this.xml = xml;
        this.labels = labels;
        this.home = home;
    }

    List<Check> ownLanguages() {
        return labels.ownFiles().stream().map(file -> {
            List<String> problems = new ArrayList<>();
            file.languagesByKey().forEach((key, languages) -> {
                if (!languages.containsAll(REQUIRED_LANGUAGES)) {
                    problems.add(file.file() + ": key " + key + " has values in " + languages + ", needs at least " + REQUIRED_LANGUAGES);
                }
            });
            return Check.of("en and fr values of every key in " + component.relative(file.file()), problems);
        }).toList();
    }

    List<Check> uiLabelReferences() {
        List<Check> checks = new ArrayList<>();
        xml.all().stream().filter(f -> !f.rootName().equals("resource"))
                .forEach(f -> referencesIn(f.path(), TextFiles.withoutComments(TextFiles.read(f.path()), "<!--.*?-->")).ifPresent(checks::add));
        component.files("ftl").forEach(f -> referencesIn(f, TextFiles.withoutComments(TextFiles.read(f), "<#--.*?-->")).ifPresent(checks::add));
        component.files("groovy").forEach(f -> referencesIn(f, TextFiles.read(f)).ifPresent(checks::add));
        return checks;
    }

    List<Check> propertyMaps() {
        List<Check> checks = new ArrayList<>();
        for (ComponentXml.File file : xml.all()) {
            List<Element> maps = XmlDocuments.elements(file.document(), "property-map");
            List<String> problems = new ArrayList<>();
            List<String> unverifiable = new ArrayList<>();
            for (Element map : maps) {
                requireResource(map.getAttribute("resource"), XmlDocuments.where(file.path(), map), problems, unverifiable);
            }
            if (!maps.isEmpty()) {
                checks.add(outcome("property-map resources of " + file.relativePath(), problems, unverifiable));
            }
        }
        return checks;
    }

    private Optional<Check> referencesIn(Path file, String text) {
        List<String> problems = new ArrayList<>();
        List<String> unverifiable = new ArrayList<>();
        int uses = 0;
        Matcher uiLabel = UI_LABEL.matcher(text);
        while (uiLabel.find()) {
            uses++;
            if (!labels.hasKey(uiLabel.group(1))) {
                problems.add(file + ":" + TextFiles.lineOf(text, uiLabel.start()) + ": label " + uiLabel.group(1)
                        + " is in no label resource (component config/*Labels.xml or OFBiz's)");
            }
        }
        Matcher title = TITLE_PROPERTY.matcher(text);
        while (title.find()) {
            uses++;
            if (!labels.hasKey(title.group(1))) {
                problems.add(file + ":" + TextFiles.lineOf(text, title.start()) + ": page title label " + title.group(1)
                        + " is in no label resource (component config/*Labels.xml or OFBiz's)");
            }
        }
        Matcher message = GET_MESSAGE.matcher(text);
        while (message.find()) {
            Optional<String> resource = Optional.ofNullable(message.group(2)).or(() -> constantValue(text, message.group(3)));
            if (resource.isEmpty()) {
                continue; // a resource computed at run time
            }
            uses++;
            String where = file + ":" + TextFiles.lineOf(text, message.start());
            String key = message.group(5);
            if (requireResource(resource.get(), where, problems, unverifiable) && !labels.hasKey(resource.get(), key)) {
                problems.add(where + ": label " + key + " is not in " + resource.get());
            }
        }
        return uses == 0 ? Optional.empty()
                : Optional.of(outcome("labels used by " + component.relative(file), problems, unverifiable));
    }

    /**
     * Records a problem if the resource does not exist; returns whether it exists. An OFBiz
     * resource missing from the reference copy is only noted as unverifiable.
     */
    private boolean requireResource(String resource, String where, List<String> problems, List<String> unverifiable) {
        if (resource.isBlank() || resource.contains("${") || labels.hasResource(resource)) {
            return labels.hasResource(resource);
        }
        if (home.isFullInstallation() || resource.startsWith(OWN_RESOURCE_PREFIX)) {
            problems.add(where + ": label resource " + resource + " does not exist (neither config/" + resource
                    + ".xml of the component nor an OFBiz *Labels.xml)");
        } else {
            unverifiable.add(resource);
        }
        return false;
    }

    /** Fails on problems; else is skipped if some OFBiz resources could not be seen; else passes. */
    private static Check outcome(String name, List<String> problems, List<String> unverifiable) {
        if (problems.isEmpty() && !unverifiable.isEmpty()) {
            return Check.skipped(name, "the OFBiz home is the reference copy, which lacks " + Set.copyOf(unverifiable));
        }
        return Check.of(name, problems);
    }

    /** The literal assigned to a constant of the same file, e.g. {@code static final String RESOURCE = "X"}. */
    private static Optional<String> constantValue(String text, String constant) {
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(constant) + "\\s*=\\s*([\"'])([A-Za-z0-9_]+)\\1").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(2)) : Optional.empty();
    }
}
