package com.affiliatecontests.component;

import java.util.Set;

/**
 * The services a reference from the component may name: its own, those defined by the OFBiz home
 * when it is a full OFBiz, and a short allowlist of OFBiz services the component relies on, which
 * the reference copy (no service definitions) cannot show.
 */
final class KnownServices {

    /**
     * OFBiz services the component may name although the reference copy does not define them.
     * Keep this list short; add a service only when the component really uses it.
     */
    static final Set<String> OFBIZ_ALLOWLIST = Set.of(
            "permissionInterface",         // framework/common: interface of permission services
            "genericBasePermissionCheck",  // framework/common: the standard <permission-service> implementation
            "changeOrderStatus",           // order: SECA trigger, an order's status changed
            "updateReturnHeader",          // order: SECA trigger, a return's status changed
            "sendMailFromScreen",          // content: e-mail notifications rendered from a screen
            "createCommunicationEvent");   // party: records a notification as a communication event

    private final ServiceDefinitions component;
    private final Set<String> ofbiz;

    KnownServices(ServiceDefinitions component, Set<String> ofbizServices) {
        this.component = component;
        this.ofbiz = Set.copyOf(ofbizServices);
    }

    static KnownServices of(ServiceDefinitions component, OfbizHome home) {
        return of(component, home, Set.of());
    }

    /** With the services of the components this one depends on, known as OFBiz's are. */
    static KnownServices of(ServiceDefinitions component, OfbizHome home, Set<String> dependencies) {
        Set<String> others = new java.util.HashSet<>(ServiceDefinitions.load(home.serviceDefinitionFiles()).names());
        others.addAll(dependencies);
        return new KnownServices(component, others);
    }

    boolean isKnown(String name) {
        return component.defines(name) || ofbiz.contains(name) || OFBIZ_ALLOWLIST.contains(name);
    }

    ServiceDefinitions component() {
        return component;
    }

    /** Why an unknown name is unknown, for messages. */
    String unknown(String name) {
        return "unknown service " + name + " (not defined in the component's servicedef"
                + (ofbiz.isEmpty() ? "" : " nor in the OFBiz home's")
                + ", and not in KnownServices.OFBIZ_ALLOWLIST)";
    }
}
