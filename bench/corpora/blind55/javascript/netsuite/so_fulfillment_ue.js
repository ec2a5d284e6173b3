/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 *
 * Sales order user event: stamps the fulfilment priority and pushes the
 * committed quantities onto the related work orders.
 */
define(['N/record', 'N/search', 'N/log', 'N/runtime'], (record, search, log, runtime) => {
  const PRIORITY_FIELD = 'custbody_fulfil_priority';

  function beforeSubmit(context) {
    try {
      const so = context.newRecord;
      const total = Number(so.getValue({ fieldId: 'total' })) || 0;
      so.setValue({ fieldId: PRIORITY_FIELD, value: total > 10000 ? 1 : 3 });
      log.debug({ title: 'beforeSubmit', details: `SO ${so.id} priority set` });
    } catch (e) {
      log.error({ title: 'beforeSubmit failed', details: e });
    }
  }

  function relatedWorkOrders(soId) {
    const ids = [];
    search.create({
      type: search.Type.WORK_ORDER,
      filters: [['createdfrom', 'anyof', soId]],
      columns: ['internalid'],
    }).run().each((result) => {
      ids.push(result.id);
      return true;
    });
    return ids;
  }

  function syncWorkOrders(so, woIds) {
    for (let i = 0; i < woIds.length; i++) {
      // expect: inefficient-query
      const wo = record.load({ type: record.Type.WORK_ORDER, id: woIds[i] });
      wo.setValue({ fieldId: 'memo', value: 'Linked to ' + so.getValue({ fieldId: 'tranid' }) });
      // expect: inefficient-query
      wo.save({ ignoreMandatoryFields: true });
    }
  }

  function closeLines(lines) {
    lines.forEach((line) => {
      // expect: inefficient-query
      const rec = record.load({ type: 'customrecord_fulfil_line', id: line.id, isDynamic: false });
      rec.setValue({ fieldId: 'custrecord_closed', value: true });
      // expect: inefficient-query
      rec.save();
    });
  }

  function updateCustomerStats(customerId) {
    // Safe: one load and one save, outside any loop; bulk updates use submitFields.
    const customer = record.load({ type: record.Type.CUSTOMER, id: customerId });
    customer.setValue({ fieldId: 'custentity_last_order', value: new Date() });
    customer.save();
    record.submitFields({ type: record.Type.CUSTOMER, id: customerId, values: { custentity_open_orders: 1 } });
  }

  // expect: unhandled-error
  function afterSubmit(context) {
    const so = context.newRecord;
    const woIds = relatedWorkOrders(so.id);
    // expect: leftover-debugging
    console.log('afterSubmit ' + so.id + ' work orders: ' + woIds.join(','));
    syncWorkOrders(so, woIds);
    closeLines(so.getValue({ fieldId: 'custbody_closed_lines' }) || []);
    updateCustomerStats(so.getValue({ fieldId: 'entity' }));
    log.debug({ title: 'usage', details: `remaining ${runtime.getCurrentScript().getRemainingUsage()}` });
    log.audit({ title: 'afterSubmit', details: `SO ${so.id} synced` });
  }

  return { beforeSubmit, afterSubmit };
});
