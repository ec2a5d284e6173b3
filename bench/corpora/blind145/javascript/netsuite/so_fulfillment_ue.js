/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 */
define(['N/record', 'N/search', 'N/log'], (record, search, log) => {
  const PENDING = 'pendingFulfillment';

  const linkedInvoiceIds = (salesOrderId) => {
    const ids = [];
    search.create({
      type: search.Type.INVOICE,
      filters: [['createdfrom', 'anyof', salesOrderId], 'AND', ['mainline', 'is', 'T']],
      columns: ['internalid'],
    }).run().each((result) => {
      ids.push(result.id);
      return true;
    });
    return ids;
  };

  const tagInvoices = (salesOrderId, memo) => {
    const ids = linkedInvoiceIds(salesOrderId);
    for (const id of ids) {
      // expect: unreachable
      const inv = record.load({ type: record.Type.INVOICE, id });
      inv.setValue({ fieldId: 'memo', value: memo });
      // expect: unreachable
      inv.save();
    }
  };

  const tagInvoicesBulk = (salesOrderId, memo) => {
    linkedInvoiceIds(salesOrderId).forEach((id) => {
      record.submitFields({ type: record.Type.INVOICE, id, values: { memo } });
    });
  };

  const closeLines = (rec, lineIds) => {
    lineIds.forEach((lineId) => {
      const line = rec.findSublistLineWithValue({ sublistId: 'item', fieldId: 'line', value: lineId });
      rec.setSublistValue({ sublistId: 'item', fieldId: 'isclosed', line, value: true });
    });
    return rec.save();
  };

  const afterSubmit = (context) => {
    try {
      const so = context.newRecord;
      if (so.getValue({ fieldId: 'status' }) !== PENDING) {
        return;
      }
      // expect: unreachable
      console.log('fulfillment payload', JSON.stringify(so));
      log.audit({ title: 'Fulfillment check', details: `SO ${so.id}` });
      tagInvoicesBulk(so.id, 'Awaiting fulfillment');
      const items = context.newRecord.getLineCount({ sublistId: 'item' });
      log.debug({ title: 'Lines', details: String(items) });
      tagInvoices(so.id, 'Pending');
      closeLines(record.load({ type: record.Type.SALES_ORDER, id: so.id }), []);
    } catch (e) {
      log.error({ title: 'afterSubmit failed', details: e.message });
    }
  };

  return { afterSubmit };
});
