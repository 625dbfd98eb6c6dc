/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.reward

import com.affiliatecontests.engine.reward.RewardKind
import com.affiliatecontests.engine.reward.RewardVoid
import org.apache.ofbiz.order.finaccount.FinAccountHelper
import org.apache.ofbiz.accounting.invoice.InvoiceWorker
import org.apache.ofbiz.base.util.UtilDateTime
import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.condition.EntityCondition
import org.apache.ofbiz.entity.condition.EntityOperator
import org.apache.ofbiz.entity.util.EntityQuery
import org.apache.ofbiz.service.LocalDispatcher
import org.apache.ofbiz.service.ServiceUtil

import java.sql.Timestamp

/**
 * Issues and voids each kind of reward through OFBiz's own services, with the caller's login (so
 * OFBiz checks its accounting and catalog rights): store credit through createFinAccountAndCredit
 * (the partner's STORE_CREDIT_ACCT account of the store, created when missing), gift cards through
 * createGiftCertificate, promo codes through createProductPromoCode and createProductPromoCodeParty,
 * commission invoices through createInvoice, createInvoiceItem and setInvoiceStatus. Runs in the
 * caller's transaction: an OFBiz refusal throws, and everything is rolled back.
 */
class RewardIssuers {

    private final LocalDispatcher dispatcher
    private final Delegator delegator
    private final GenericValue userLogin
    private final Locale locale

    RewardIssuers(LocalDispatcher dispatcher, GenericValue userLogin, Locale locale) {
        this.dispatcher = dispatcher
        this.delegator = dispatcher.delegator
        this.userLogin = userLogin
        this.locale = locale
    }

    /** Issues the reward; returns the OFBiz references to store on it. */
    Map issue(GenericValue reward, String contestName, String note) {
        switch (kind(reward)) {
            case RewardKind.STORE_CREDIT: return storeCredit(reward, contestName)
            case RewardKind.GIFT_CARD: return giftCard(reward)
            case RewardKind.PROMO_CODE: return promoCode(reward)
            case RewardKind.COMMISSION: return commission(reward, contestName)
            default: return [note: note]
        }
    }

    /** Whether the partner has used any of the reward (spent the credit or the card, used the code, was paid). */
    boolean used(GenericValue reward) {
        BigDecimal balance = reward.finAccountId ? EntityQuery.use(delegator).from('FinAccount')
                .where('finAccountId', reward.finAccountId).queryOne()?.getBigDecimal('actualBalance') : null
        // the uses OFBiz counts against a code's use limit (ProductPromoWorker.getProductPromoCodeUseLimit)
        long uses = reward.productPromoCodeId ? EntityQuery.use(delegator).from('ProductPromoUseCheck')
                .where(EntityCondition.makeCondition([EntityCondition.makeCondition('productPromoCodeId', reward.productPromoCodeId),
                        EntityCondition.makeCondition('statusId', EntityOperator.NOT_IN, ['ORDER_REJECTED', 'ORDER_CANCELLED'])]))
                .queryCount() : 0L
        BigDecimal applied = reward.invoiceId ? InvoiceWorker.getInvoiceApplied(delegator, reward.invoiceId) : null
        return RewardVoid.used(kind(reward), reward.getBigDecimal('amount'), balance, uses, applied)
    }

    /** Takes an unused reward back: credit withdrawn, card or code expired, invoice cancelled. */
    void voidReward(GenericValue reward, String reason) {
        Timestamp now = UtilDateTime.nowTimestamp()
        switch (kind(reward)) {
            case RewardKind.STORE_CREDIT:
                run('createFinAccountTrans', [finAccountTransTypeId: 'ADJUSTMENT', finAccountId: reward.finAccountId,
                        partyId: reward.partyId, amount: reward.getBigDecimal('amount').negate(),
                        comments: "${marker(reward)} void: ${reason}".toString()])
                break
            case RewardKind.GIFT_CARD:
                run('updateFinAccount', [finAccountId: reward.finAccountId, thruDate: new Timestamp(now.time - 1000L)])
                break
            case RewardKind.PROMO_CODE:
                // OFBiz's check treats a code as expired only after its thruDate
                run('updateProductPromoCode', [productPromoCodeId: reward.productPromoCodeId, thruDate: new Timestamp(now.time - 1000L)])
                break
            case RewardKind.COMMISSION:
                run('setInvoiceStatus', [invoiceId: reward.invoiceId, statusId: 'INVOICE_CANCELLED'])
                break
            default:
                break
        }
    }

    private Map storeCredit(GenericValue reward, String contestName) {
        String marker = marker(reward)
        Map result = run('createFinAccountAndCredit', [finAccountTypeId: 'STORE_CREDIT_ACCT', productStoreId: reward.productStoreId,
                partyId: reward.partyId, amount: reward.getBigDecimal('amount'), currencyUomId: reward.currencyUomId,
                finAccountName: RewardErrors.message('AffiliateContestsRewardStoreCreditAccount', locale),
                comments: marker])
        // OFBiz returns the account's id only when it created it: the deposit, named by the marker, says which
        GenericValue deposit = EntityQuery.use(delegator).from('FinAccountTrans')
                .where('partyId', reward.partyId, 'comments', marker).queryFirst()
        if (!deposit) {
            throw new RewardIssueException(marker)
        }
        return [finAccountId: deposit.finAccountId, finAccountTransId: deposit.finAccountTransId]
    }

    private Map giftCard(GenericValue reward) {
        // OFBiz's gift certificate service wants an order: a prize has none ("_NA_", OFBiz's "not applicable")
        Map result = run('createGiftCertificate', [productStoreId: reward.productStoreId, orderId: '_NA_',
                initialAmount: reward.getBigDecimal('amount'), currency: reward.currencyUomId, partyId: reward.partyId])
        GenericValue account = EntityQuery.use(delegator).from('FinAccount').where('finAccountId', result.cardNumber).queryOne()
                ?: FinAccountHelper.getFinAccountFromCode(result.cardNumber as String, delegator)
        return [finAccountId: account?.finAccountId]
    }

    private Map promoCode(GenericValue reward) {
        Timestamp now = UtilDateTime.nowTimestamp()
        Timestamp thru = reward.validDays ? UtilDateTime.getDayEnd(now, reward.getLong("validDays"), TimeZone.getDefault(), locale) : null
        Map code = run('createProductPromoCode', [productPromoId: reward.productPromoId, userEntered: 'N',
                requireEmailOrParty: 'Y', useLimitPerCode: 1L, useLimitPerCustomer: 1L, fromDate: now, thruDate: thru])
        run('createProductPromoCodeParty', [productPromoCodeId: code.productPromoCodeId, partyId: reward.partyId])
        return [productPromoCodeId: code.productPromoCodeId]
    }

    private Map commission(GenericValue reward, String contestName) {
        GenericValue store = EntityQuery.use(delegator).from('ProductStore').where('productStoreId', reward.productStoreId)
                .cache().queryOne()
        String description = RewardErrors.message('AffiliateContestsRewardInvoiceItem', locale,
                [contestName: contestName, prizeText: reward.prizeText ?: ''])
        Map invoice = run('createInvoice', [invoiceTypeId: 'COMMISSION_INVOICE', partyIdFrom: reward.partyId,
                partyId: store?.payToPartyId, statusId: 'INVOICE_IN_PROCESS', currencyUomId: reward.currencyUomId,
                invoiceDate: UtilDateTime.nowTimestamp(), description: description])
        run('createInvoiceItem', [invoiceId: invoice.invoiceId, invoiceItemTypeId: 'COMM_INV_ITEM',
                amount: reward.getBigDecimal('amount'), quantity: BigDecimal.ONE, description: description])
        // received from the partner: ready for OFBiz's accounts-payable approval and payment
        run('setInvoiceStatus', [invoiceId: invoice.invoiceId, statusId: 'INVOICE_RECEIVED'])
        return [invoiceId: invoice.invoiceId]
    }

    private Map run(String service, Map input) {
        Map result = dispatcher.runSync(service, input + [userLogin: userLogin, locale: locale])
        if (!ServiceUtil.isSuccess(result)) {
            throw new RewardIssueException(ServiceUtil.getErrorMessage(result) ?: service)
        }
        return result
    }

    static RewardKind kind(GenericValue reward) {
        return RewardKind.fromEnumId(reward.rewardKindEnumId).orElse(RewardKind.OTHER)
    }

    /** Names the reward on OFBiz's records, so its deposit is found again. */
    static String marker(GenericValue reward) {
        return "affcontest ${reward.contestId}/${reward.partyId}/${reward.prizeSeqId}".toString()
    }
}
