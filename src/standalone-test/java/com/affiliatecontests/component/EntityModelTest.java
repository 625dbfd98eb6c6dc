package com.affiliatecontests.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Field sets and field types of entities, extend-entities and view-entities, on OFBiz's models and a fixture model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // OFBiz's files are read once per class, not per test
class EntityModelTest {

    private final EntityModel model = load();

    private static EntityModel load() {
        List<Path> files = new ArrayList<>(Fixtures.home().entityModelFiles());
        files.add(Fixtures.root("valid-component").resolve("entitydef/entitymodel.xml"));
        return EntityModel.load(files);
    }

    @Test
    void entitiesHaveTheirFieldsAndTheAutomaticStamps() {
        assertTrue(model.hasField("OrderRole", "roleTypeId"));
        assertTrue(model.hasField("OrderRole", "lastUpdatedStamp"));
        assertTrue(model.hasField("AffContest", "createdTxStamp"));
        assertFalse(model.hasField("OrderRole", "noSuchField"));
        assertEquals(Optional.empty(), model.fields("NoSuchEntity"));
    }

    @Test
    void extendEntityAddsFields() {
        assertTrue(model.hasField("NoteData", "noteParty"), "NoteData is extended by party-entitymodel.xml with noteParty");
    }

    @Test
    void fieldsOfEntitiesHaveTheirTypes() {
        assertEquals(Optional.of("id"), model.fieldType("OrderRole", "roleTypeId"));
        assertEquals(Optional.of("name"), model.fieldType("AffContest", "contestName"));
        assertEquals(Optional.of("id"), model.fieldType("NoteData", "noteParty"), "a field added by extend-entity");
        assertEquals(Optional.of("date-time"), model.fieldType("StatusItem", "lastUpdatedStamp"), "an automatic stamp");
        assertEquals(Optional.empty(), model.fieldType("OrderRole", "noSuchField"));
        assertEquals(Optional.empty(), model.fieldType("AffContestEntryAndAffiliate", "score"), "view aliases are not typed");
    }

    @Test
    void viewEntitiesHaveTheirAliasesAndAliasAllExpansions() {
        Set<String> fields = model.fields("AffContestEntryAndAffiliate").orElseThrow();
        assertEquals(Set.of("contestId", "partyId", "score", "affiliateName", "approvedDate"), fields);
        assertTrue(model.isView("AffContestEntryAndAffiliate"));
        assertTrue(model.hasField("PartyRoleAndPartyDetail", "firstName"));
        assertFalse(model.hasField("PartyRoleAndPartyDetail", "lastUpdatedStamp"), "alias-all leaves out the stamps");
    }
}
