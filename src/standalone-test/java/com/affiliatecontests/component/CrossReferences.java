package com.affiliatecontests.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * All cross-reference checks of one component against one OFBiz home, grouped by subject. The
 * real tests run it on the component, the self-tests on the fixtures.
 */
final class CrossReferences {

    private final ComponentFiles component;
    private final OfbizHome home;
    private final ComponentXml xml;
    private final EntityModel entities;
    private final KnownServices services;
    private final ImplementationSources sources;
    private final LabelCatalog labels;

    CrossReferences(ComponentFiles component, OfbizHome home) {
        this(component, home, List.of());
    }

    /**
     * A component that depends on others (ofbiz-component.xml's depends-on): their entities, services
     * and labels may be used as OFBiz's own are; only the component's own files are checked.
     */
    CrossReferences(ComponentFiles component, OfbizHome home, List<ComponentFiles> dependsOn) {
        this.component = component;
        this.home = home;
        this.xml = new ComponentXml(component);
        List<ComponentXml> dependencies = dependsOn.stream().map(ComponentXml::new).toList();
        List<Path> entityFiles = new ArrayList<>(xml.withRoot("entitymodel").map(ComponentXml.File::path).toList());
        dependencies.forEach(d -> entityFiles.addAll(d.withRoot("entitymodel").map(ComponentXml.File::path).toList()));
        entityFiles.addAll(home.entityModelFiles());
        this.entities = EntityModel.load(entityFiles);
        List<Path> dependencyServices = new ArrayList<>();
        dependencies.forEach(d -> dependencyServices.addAll(d.withRoot("services").map(ComponentXml.File::path).toList()));
        this.services = KnownServices.of(ServiceDefinitions.of(xml), home, ServiceDefinitions.load(dependencyServices).names());
        this.sources = new ImplementationSources(component);
        List<Path> dependencyLabels = new ArrayList<>();
        dependencies.forEach(d -> dependencyLabels.addAll(d.withRoot("resource").map(ComponentXml.File::path).toList()));
        this.labels = LabelCatalog.of(component, xml, home, dependencyLabels);
    }

    OfbizHome home() {
        return home;
    }

    EntityModel entityModel() {
        return entities;
    }

    List<Check> services() {
        ServiceChecker checker = new ServiceChecker(component, xml, services, sources, entities);
        return concat(checker.services(), checker.serviceEcas(), checker.entityEcaActions(), checker.controllerEvents(), checker.testSuites());
    }

    List<Check> entities() {
        EntityDefinitionChecker definitions = new EntityDefinitionChecker(entities, xml);
        EntityUsageChecker usages = new EntityUsageChecker(entities, xml, component);
        return concat(definitions.entityModels(), definitions.entityEcas(), usages.serviceDefinitions(), usages.dataFiles(),
                usages.otherXml(), usages.groovy());
    }

    /** What the database accepts: value lengths of data files, reserved words, index and foreign-key names. */
    List<Check> databaseLimits() {
        DatabaseLimitsChecker checker = new DatabaseLimitsChecker(entities, xml);
        return concat(checker.valueLengths(), checker.tableAndColumnNames(), checker.constraintNames());
    }

    List<Check> locations() {
        return new LocationChecker(component, xml, home).locations();
    }

    List<Check> labels() {
        LabelChecker checker = new LabelChecker(component, xml, labels, home);
        return concat(checker.ownLanguages(), checker.uiLabelReferences(), checker.propertyMaps());
    }

    List<Check> descriptor() {
        return new ComponentDescriptorChecker(component, xml).checks();
    }

    List<Check> all() {
        return concat(services(), entities(), databaseLimits(), locations(), labels(), descriptor());
    }

    @SafeVarargs
    private static List<Check> concat(List<Check>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
