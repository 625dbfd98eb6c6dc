package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database limit checks report what the database-limits fixture gets wrong (values longer than
 * their column, reserved table and column names, index and foreign-key names too long or not
 * unique) and nothing of what it gets right; the lengths table and reserved words hold what OFBiz says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class DatabaseLimitsCheckerSelfTest {

    private final CrossReferences references = new CrossReferences(Fixtures.component("database-limits"), Fixtures.home());
    private final List<Check> checks = references.databaseLimits();

    @Test
    void reportsAnIdLongerThanTheTwentyCharactersOfItsColumnWithItsLine() {
        Fixtures.assertReported(checks, "AffiliateContestsSeedData.xml:4: StatusItem.statusId \"AFFC_REWARD_DELIVERED\" is 21 characters long,"
                + " more than the 20 its type id holds (VARCHAR(20))");
        Fixtures.assertNotReported(checks, "\"AFFC_REWARD_APPROVED\""); // exactly 20
    }

    @Test
    void reportsTooLongValuesOfIndicatorsChildElementsAndTheComponentsOwnEntities() {
        Fixtures.assertReported(checks, "StatusType.hasTable \"No\" is 2 characters long, more than the 1 its type indicator holds (CHAR(1))",
                "AffiliateContestsSeedData.xml:7: StatusValidChange.transitionName \"Approved again", "is 103 characters long",
                "AffContestStanding.partyId \"AFF_PARTNER_WITH_A_LONG_ID\" is 26 characters long");
    }

    @Test
    void checksDataFilesUnderTestdefToo() {
        Fixtures.assertReported(checks, "AffiliateContestsTestData.xml:3: Enumeration.enumId \"AFFC_TIE_BREAK_PARTNER_ID\" is 25 characters long");
        Fixtures.assertNotReported(checks, "SecurityPermission.permissionId"); // 44 characters of an id-long: 60 allowed
    }

    @Test
    void leavesUnboundedTypesAndUnknownEntitiesAlone() {
        Fixtures.assertNotReported(checks, "AffContest.description"); // very-long: a CLOB
        Fixtures.assertNotReported(checks, "NoSuchDataEntity"); // reported by the entity checks
    }

    @Test
    void reportsReservedColumnNamesDerivedOrDeclared() {
        Fixtures.assertReported(checks, "column name TOTAL of field total of entity AffContestStanding is a reserved word",
                "column name LABEL of field displayLabel of entity AffContestStanding is a reserved word",
                "column name LEVEL of field level of entity Party is a reserved word");
        Fixtures.assertNotReported(checks, "TOTAL_VALUE");
    }

    @Test
    void reportsReservedTableNamesDerivedOrDeclared() {
        Fixtures.assertReported(checks, "table name SESSION of entity Session is a reserved word",
                "table name RULE of entity AffContestRule is a reserved word");
        Fixtures.assertNotReported(checks, "table name AFF_CONTEST_STANDING");
    }

    @Test
    void reportsFieldTypesOfbizDoesNotKnow() {
        Fixtures.assertReported(checks, "field note of entity AffContestStanding has type \"text\", which is no OFBiz field type");
    }

    @Test
    void reportsForeignKeyAndIndexNamesLongerThanTheClipLength() {
        Fixtures.assertReported(checks, "fk-name AFFC_STANDING_CONTEST_FOREIGN_KEY (foreign key of the relation AffContest of entity"
                + " AffContestStanding) is 33 characters long; OFBiz clips constraint names to 30",
                "index name AFFCST_STANDING_AND_QUALIFIED_IDX_A (index AFFCST_STANDING_AND_QUALIFIED_IDX_A of entity AffContestStanding)"
                        + " is 35 characters long");
        Fixtures.assertNotReported(checks, "fk-name AFFCRL_RULE_TYPE_ENUM_FK_30_CH"); // exactly 30
    }

    @Test
    void reportsConstraintNamesUsedTwiceIgnoringCaseAfterClipping() {
        Fixtures.assertReported(checks,
                "foreign key of the relation Party of entity Session is named AFFCST_PARTY in the database, as is the foreign key"
                        + " of the relation Party of entity AffContestStanding",
                "index AFFCST_STANDING_AND_QUALIFIED_IDX_B of entity AffContestStanding is named AFFCST_STANDING_AND_QUALIFIED_"
                        + " in the database, as is the index AFFCST_STANDING_AND_QUALIFIED_IDX_A",
                "index AFFC_STATUS of entity AffContestRule is named AFFC_STATUS in the database, as is the foreign key of the relation"
                        + " StatusItem of entity AffContest");
    }

    @Test
    void namesAForeignKeyWithoutFkNameAfterTitleAndRelatedEntityAsOfbizDoes() {
        Fixtures.assertReported(checks, "foreign key of the relation AffContest of entity AffContestRule (no fk-name: named after title"
                + " + rel-entity-name) is named AFFCONTEST in the database, as is the foreign key of the relation AffContest of entity Session");
        Fixtures.assertNotReported(checks, "Person"); // a one-nofk relation creates no foreign key
    }

    @Test
    void derivesDatabaseNamesAsOfbizDoes() {
        assertEquals("TOTAL_VALUE", ReservedWords.dbName("totalValue"));
        assertEquals("AFF_CONTEST_STANDING", ReservedWords.dbName("AffContestStanding"));
        assertEquals("ADDRESS1", ReservedWords.dbName("address1"));
        assertEquals("TOTAL", ReservedWords.dbName("total"));
    }

    @Test
    void reservedWordsAreOfbizsList() {
        assertTrue(ReservedWords.all().size() > 1000, "only " + ReservedWords.all().size() + " words in " + ReservedWords.RESOURCE);
        for (String word : List.of("TOTAL", "VALUE", "LEVEL", "SESSION", "COMMENT", "ORDER", "USER", "ZONE", "ABORT")) {
            assertTrue(ReservedWords.isReserved(word.toLowerCase()), word);
        }
        assertFalse(ReservedWords.isReserved("TOTAL_VALUE"));
        assertFalse(ReservedWords.isReserved("#"), "comment lines are no words");
    }

    @Test
    void lengthsTableHasOfbizsLengths() {
        assertEquals(OptionalInt.of(20), FieldTypeLengths.maxLength("id"));
        assertEquals(OptionalInt.of(60), FieldTypeLengths.maxLength("id-long"));
        assertEquals(OptionalInt.of(255), FieldTypeLengths.maxLength("id-vlong"));
        assertEquals(OptionalInt.of(1), FieldTypeLengths.maxLength("indicator"));
        assertEquals(OptionalInt.of(100), FieldTypeLengths.maxLength("name"));
        assertEquals(OptionalInt.empty(), FieldTypeLengths.maxLength("very-long"));
        assertEquals("CHAR(1)", FieldTypeLengths.sqlType("indicator"));
        assertEquals("VARCHAR(60)", FieldTypeLengths.sqlType("short-varchar"));
    }

    /** Otherwise a type missing from the lengths table would silently go unchecked. */
    @Test
    void everyFieldTypeOfOfbizsEntityModelsIsEitherInTheLengthsTableOrKnownToHaveNoLength() {
        Set<String> unknown = new TreeSet<>();
        List<Path> files = new ArrayList<>(Fixtures.home().entityModelFiles());
        for (Path file : files) {
            try {
                for (var field : XmlDocuments.elements(XmlDocuments.parse(file), "field")) {
                    String type = field.getAttribute("type");
                    if (!type.isEmpty() && FieldTypeLengths.maxLength(type).isEmpty()
                            && !DatabaseLimitsChecker.TYPES_WITHOUT_LENGTH.contains(type)) {
                        unknown.add(type + " (" + file.getFileName() + ")");
                    }
                }
            } catch (Exception e) {
                throw new AssertionError("cannot read " + file, e);
            }
        }
        assertEquals(Set.of(), unknown);
    }
}
