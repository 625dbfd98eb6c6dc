package com.affiliatecontests.engine.credit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnAssessmentTest {

    private final ReturnAssessment assessment = new ReturnAssessment();
    private final Map<String, BigDecimal> itemsTotals = Map.of("O1", new BigDecimal("79.97"), "O2",
            new BigDecimal("10.00"));

    private static ReturnedItem item(String orderId, String seq, String type, String status, String price) {
        return new ReturnedItem(orderId, seq, type, status, new BigDecimal(price), BigDecimal.ONE);
    }

    private List<ReturnAssessment.OrderReturn> assess(ReturnedItem... items) {
        return assessment.assess(List.of(items), itemsTotals::get);
    }

    @Test
    void aCancelledItemAndAnAdjustmentTakeNothingBack() {
        List<ReturnAssessment.OrderReturn> returns = assess(
                item("O1", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "47.99"),
                item("O1", "00002", "RET_FPROD_ITEM", "RETURN_CANCELLED", "31.98"),
                item("O1", "00001", "RET_SHIPPING_ADJ", "RETURN_RECEIVED", "5.00"));
        assertEquals(List.of(new ReturnAssessment.OrderReturn("O1", new BigDecimal("47.99"), false)), returns);
    }

    @Test
    void everyItemBackIsAFullReturn() {
        List<ReturnAssessment.OrderReturn> returns = assess(
                item("O1", "00001", "RET_FPROD_ITEM", "RETURN_COMPLETED", "47.99"),
                item("O1", "00002", "RET_FPROD_ITEM", "RETURN_MAN_REFUND", "31.98"));
        assertEquals(1, returns.size());
        assertTrue(returns.get(0).full());
        assertEquals(new BigDecimal("79.97"), returns.get(0).amount());
    }

    @Test
    void itemsNotYetReceivedTakeNothingBack() {
        assertEquals(List.of(), assess(
                item("O1", "00001", "RET_FPROD_ITEM", "RETURN_REQUESTED", "47.99"),
                item("O1", "00002", "RET_FPROD_ITEM", "RETURN_ACCEPTED", "31.98"),
                item("O2", null, "RET_NPROD_ITEM", "RETURN_RECEIVED", "3.00"),
                new ReturnedItem("O2", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", null, BigDecimal.ONE)));
    }

    @Test
    void eachOrderOfAReturnIsAssessedOnItsOwn() {
        List<ReturnAssessment.OrderReturn> returns = assess(
                item("O2", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "10.00"),
                item("O1", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "47.99"));
        assertEquals(List.of(new ReturnAssessment.OrderReturn("O1", new BigDecimal("47.99"), false),
                new ReturnAssessment.OrderReturn("O2", new BigDecimal("10.00"), true)), returns);
    }

    @Test
    void anOrderWhoseReturnIsWorthNothingOrLessIsNotAssessed() {
        assertEquals(List.of(), assess(item("O1", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "0.00")));
        assertEquals(List.of(), assess(item("O1", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "-5.00")));
        assertEquals(List.of(new ReturnAssessment.OrderReturn("O2", new BigDecimal("0.01"), false)),
                assess(item("O2", "00001", "RET_FPROD_ITEM", "RETURN_RECEIVED", "0.01")));
    }
}
