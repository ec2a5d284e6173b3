/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
define(['N/record', 'N/search', 'N/log', 'N/runtime'], (record, search, log, runtime) => {

  const FULFILLMENT_FIELD = 'custbody_wms_status';

  function beforeSubmit(context) {
    try {
      const rec = context.newRecord;
      // expect: leftover-debugging
      console.log('beforeSubmit ' + rec.type + ' ' + rec.id);
      // Look-alike: the N/log module is how SuiteScript logs.
      log.debug({ title: 'beforeSubmit', details: `type=${context.type} id=${rec.id}` });
      rec.setValue({ fieldId: FULFILLMENT_FIELD, value: 'pending' });
    } catch (e) {
      log.error({ title: 'beforeSubmit failed', details: e });
    }
  }

  function afterSubmit(context) {
    // expect: missing-try-catch
    syncLines(context.newRecord.id, context.type);
  }

  function syncLines(orderId, eventType) {
    const order = record.load({ type: record.Type.SALES_ORDER, id: orderId });
    const count = order.getLineCount({ sublistId: 'item' });
    for (let i = 0; i < count; i++) {
      const itemId = order.getSublistValue({ sublistId: 'item', fieldId: 'item', line: i });
      // expect: record-in-loop
      const item = record.load({ type: record.Type.INVENTORY_ITEM, id: itemId });
      log.audit({ title: 'line', details: `${eventType} ${item.getValue('itemid')}` });
    }
  }

  function markShipped(ids) {
    ids.forEach((id) => {
      // expect: record-in-loop
      const fulfillment = record.load({ type: record.Type.ITEM_FULFILLMENT, id, isDynamic: true });
      fulfillment.setValue({ fieldId: 'shipstatus', value: 'C' });
      // expect: record-in-loop
      fulfillment.save({ ignoreMandatoryFields: true });
    });
  }

  function drainQueue(queue) {
    let next = queue.shift();
    while (next) {
      // expect: record-in-loop
      const task = record.load({ type: 'customrecord_sync_task', id: next });
      task.setValue({ fieldId: 'custrecord_done', value: true });
      next = queue.shift();
    }
  }

  // Look-alike: one search reads every line's value instead of loading each record.
  function itemNames(itemIds) {
    const names = {};
    search.create({
      type: search.Type.INVENTORY_ITEM,
      filters: [['internalid', 'anyof', itemIds]],
      columns: ['itemid'],
    }).run().each((result) => {
      names[result.id] = result.getValue('itemid');
      return true;
    });
    return names;
  }

  function beforeLoad(context) {
    const remaining = runtime.getCurrentScript().getRemainingUsage();
    log.debug({ title: 'usage', details: remaining });
  }

  return { beforeLoad, beforeSubmit, afterSubmit, markShipped, drainQueue, itemNames };
});
