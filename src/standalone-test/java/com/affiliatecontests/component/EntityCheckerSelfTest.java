package com.affiliatecontests.component;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The entity checks report the unknown entities and fields of the unknown-field fixture, wherever they are used. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class EntityCheckerSelfTest {

    private final CrossReferences references = new CrossReferences(Fixtures.component("unknown-field"), Fixtures.home());
    private final List<Check> checks = references.entities();

    @Test
    void reportsUnknownFieldsOfTheEntityModel() {
        Fixtures.assertReported(checks, "entity AffContest has no field contestKey", "entity Party has no field noSuchPartyField",
                "unknown entity NoSuchSponsorEntity", "unknown entity NoSuchOfbizEntity");
    }

    @Test
    void reportsUnknownAliasesAndFieldsOfViewEntities() {
        Fixtures.assertReported(checks, "entity Affiliate has no field affiliateNickname", "entity-alias \"AFX\"");
    }

    @Test
    void reportsUnknownFieldsOfEntityEcaConditions() {
        Fixtures.assertReported(checks, "entity OrderHeader has no field orderStatusCode");
    }

    @Test
    void reportsUnknownEntitiesAndFieldsOfDataFiles() {
        Fixtures.assertReported(checks, "entity Party has no field noSuchColumn", "unknown entity NoSuchDataEntity",
                "entity AffContest has no field noSuchChildField");
    }

    @Test
    void reportsUnknownEntitiesAndFieldsOfServiceAttributes() {
        Fixtures.assertReported(checks, "unknown entity NoSuchDefaultEntity", "unknown entity NoSuchAutoEntity",
                "entity Party has no field noSuchExcludedField", "entity Affiliate has no field affiliateNick");
    }

    @Test
    void reportsUnknownEntitiesAndFieldsOfWidgets() {
        Fixtures.assertReported(checks, "entity AffContest has no field noSuchKeyField", "unknown entity NoSuchWidgetEntity",
                "entity OrderHeader has no field noSuchOrderField");
    }

    @Test
    void reportsUnknownEntitiesOfGroovyQueriesWithTheirLine() {
        Fixtures.assertReported(checks, "ContestQueries.groovy:9: unknown entity NoSuchGroovyEntity");
        Fixtures.assertNotReported(checks, "unknown entity OrderHeader");
    }

    @Test
    void reportsServiceNamesOfEntityEcaActions() {
        Fixtures.assertReported(references.services(), "action: service \"noSuchEecaService\" is not defined");
    }
}
