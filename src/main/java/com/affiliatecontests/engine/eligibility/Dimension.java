package com.affiliatecontests.engine.eligibility;

/** A way partners are grouped in OFBiz, which eligibility and audience rules can name. */
public enum Dimension {
    /** A PartyClassificationGroup used as a tag. */
    TAG,
    /** A PartyClassificationGroup used as a partner tier. */
    TIER,
    /** A SegmentGroup. */
    SEGMENT,
    /** A ContactList. */
    CONTACT_LIST
}
