package com.affiliatecontests.engine.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who is in: all partners, or those matching include criteria (any or all of them), minus those
 * matching any exclude criterion and the explicitly excluded partners (test or wholesale accounts).
 * Shared by contest eligibility and broadcast audiences.
 */
public record AudienceRule(boolean allPartners, Match includeMatch, List<Criterion> include,
                           List<Criterion> exclude, Set<String> excludedPartners) {

    public AudienceRule {
        includeMatch = includeMatch == null ? Match.ANY : includeMatch;
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        excludedPartners = excludedPartners == null ? Set.of() : Set.copyOf(excludedPartners);
    }

    public static AudienceRule allAffiliates() {
        return new AudienceRule(true, Match.ANY, List.of(), List.of(), Set.of());
    }

    public static AudienceRule anyOf(Criterion... criteria) {
        return new AudienceRule(false, Match.ANY, List.of(criteria), List.of(), Set.of());
    }

    public static AudienceRule allOf(Criterion... criteria) {
        return new AudienceRule(false, Match.ALL, List.of(criteria), List.of(), Set.of());
    }

    public AudienceRule excluding(Criterion... criteria) {
        List<Criterion> more = new java.util.ArrayList<>(exclude);
        more.addAll(List.of(criteria));
        return new AudienceRule(allPartners, includeMatch, include, more, excludedPartners);
    }

    public AudienceRule excludingPartners(String... partyIds) {
        Set<String> more = new TreeSet<>(excludedPartners);
        more.addAll(List.of(partyIds));
        return new AudienceRule(allPartners, includeMatch, include, exclude, more);
    }

    /** Whether the rule can match anyone at all, before looking at partners. */
    public boolean isEmpty() {
        return !allPartners && include.isEmpty();
    }

    /** The contests whose participants the rule names, so only those are read. */
    public Set<String> contestIds() {
        return criteria().filter(c -> c.dimension().isContest()).map(Criterion::groupId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The numbers of days over which the rule compares sales, so only those windows are read. */
    public Set<Integer> salesWindows() {
        return criteria().filter(c -> c.dimension().isPerformance()).map(c -> c.threshold().days())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Include and exclude criteria together. */
    public Stream<Criterion> criteria() {
        return Stream.concat(include.stream(), exclude.stream());
    }

    /** Why the partner is in, or empty when it is not. */
    public Optional<String> reasonFor(PartnerProfile partner) {
        if (excludedPartners.contains(partner.partyId()) || exclude.stream().anyMatch(partner::belongsTo)) {
            return Optional.empty();
        }
        if (allPartners) {
            return Optional.of("ALL_AFFILIATES");
        }
        List<Criterion> matched = include.stream().filter(partner::belongsTo).toList();
        boolean in = includeMatch == Match.ALL ? matched.size() == include.size() : !matched.isEmpty();
        return in ? Optional.of(matched.stream().map(Criterion::toString).collect(Collectors.joining(", ")))
                : Optional.empty();
    }
}
