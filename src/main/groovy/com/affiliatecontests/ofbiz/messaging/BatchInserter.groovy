/*
 * Licensed under the Apache License, Version 2.0; see the LICENSE file of this component.
 */
package com.affiliatecontests.ofbiz.messaging

import org.apache.ofbiz.entity.Delegator
import org.apache.ofbiz.entity.GenericValue
import org.apache.ofbiz.entity.datasource.GenericHelperInfo
import org.apache.ofbiz.entity.jdbc.JdbcValueHandler
import org.apache.ofbiz.entity.jdbc.SQLProcessor
import org.apache.ofbiz.entity.model.ModelEntity
import org.apache.ofbiz.entity.model.ModelField
import org.apache.ofbiz.entity.model.ModelFieldTypeReader
import org.apache.ofbiz.entity.transaction.TransactionUtil
import org.apache.ofbiz.entity.config.model.EntityConfig

import java.sql.Timestamp

/**
 * Inserts many new rows of one entity with one JDBC batch (PreparedStatement.addBatch) in the
 * caller's transaction, built the way OFBiz's GenericDAO.singleInsert builds its INSERT: the table
 * and column names from the ModelEntity, every field bound by its field type's JdbcValueHandler,
 * the connection from the entity group's helper through SQLProcessor (which enlists it in the
 * running transaction and does not commit it), and the four stamps filled as delegator.create
 * fills them (the tx stamps with the transaction's start, the others with a unique now per row).
 *
 * What this skips compared with delegator.create: entity ECAs and the test-mode rollback log.
 * OFBiz (trunk, checked with git grep on every entitydef/eecas*.xml) has no entity ECA on
 * CommunicationEvent, CommunicationEventRole, PartyRole or AffBroadcastRecipient (the only Party
 * one is on PartyContent), and this component defines none. Entities with an audit-logged field
 * fall back to delegator.create row by row. Each flush clears the entity's cache lines of the new
 * values (distributed), as create does.
 */
class BatchInserter {

    private final Delegator delegator
    final String entityName
    private final ModelEntity model
    private final List<GenericValue> rows = []
    private long writeNanos

    BatchInserter(Delegator delegator, String entityName) {
        this.delegator = delegator
        this.entityName = entityName
        this.model = delegator.getModelEntity(entityName)
    }

    /** Queues a new row (the field names are checked now, the row is written by flush). */
    void add(Map<String, Object> fields) {
        rows << delegator.makeValue(entityName, fields)
    }

    int size() {
        return rows.size()
    }

    /** The time spent writing so far, in milliseconds (for the sender's log line). */
    long writeMillis() {
        return writeNanos.intdiv(1000000)
    }

    /** Writes the queued rows in the current transaction (which the caller must have begun). */
    void flush() {
        if (rows.isEmpty()) {
            return
        }
        long started = System.nanoTime()
        try {
            write()
        } finally {
            writeNanos += System.nanoTime() - started
        }
    }

    private void write() {
        if (model.getHasFieldWithAuditLog()) {
            try {
                rows.each { delegator.create(it) }
            } finally {
                rows.clear()
            }
            return
        }
        GenericHelperInfo helperInfo = delegator.getGroupHelperInfo(delegator.getEntityGroupName(entityName))
        String helperName = helperInfo.getHelperBaseName()
        ModelFieldTypeReader types = ModelFieldTypeReader.getModelFieldTypeReader(helperName)
        List<ModelField> fields = model.getFieldsUnmodifiable()
        List<JdbcValueHandler> handlers = fields.collect { types.getModelFieldType(it.getType()).getJdbcValueHandler() }
        StringBuilder sql = new StringBuilder('INSERT INTO ').append(model.getTableName(EntityConfig.getDatasource(helperName)))
                .append(' (')
        model.colNameString(fields, sql, '')
        sql.append(') VALUES (')
        model.fieldsStringList(fields, sql, '?', ', ')
        sql.append(')')
        Timestamp txStamp = TransactionUtil.getTransactionStartStamp()
        SQLProcessor processor = new SQLProcessor(delegator, helperInfo)
        try {
            processor.prepareStatement(sql.toString())
            // the java.sql.PreparedStatement of SQLProcessor, its connection enlisted in the transaction
            var statement = processor.getPreparedStatement()
            rows.each { GenericValue row ->
                stamp(row, txStamp)
                fields.eachWithIndex { ModelField field, int i ->
                    Object value = row.get(field.getName())
                    handlers[i].setValue(statement, i + 1, value == GenericValue.NULL_FIELD ? null : value)
                }
                statement.addBatch()
            }
            statement.executeBatch()
            delegator.clearAllCacheLinesByValue(rows)
        } finally {
            rows.clear()
            processor.close()
        }
    }

    private void stamp(GenericValue row, Timestamp txStamp) {
        Timestamp now = TransactionUtil.getTransactionUniqueNowStamp()
        [(ModelEntity.STAMP_TX_FIELD): txStamp, (ModelEntity.CREATE_STAMP_TX_FIELD): txStamp,
         (ModelEntity.STAMP_FIELD): now, (ModelEntity.CREATE_STAMP_FIELD): now].each { String name, Timestamp value ->
            if (model.isField(name)) {
                row.set(name, value)
            }
        }
    }

}
