/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
define(['N/record', 'N/search', 'N/log', 'N/https', './wms_client'], (record, search, log, https, wms) => {

  const LINE_SUBLIST = 'item';

  function beforeSubmit(context) {
    try {
      const so = context.newRecord;
      so.setValue({ fieldId: 'custbody_sync_state', value: 'pending' });
    } catch (e) {
      log.error({ title: 'beforeSubmit', details: e });
    }
  }

  function afterSubmit(context) {
    // expect: unhandled-error
    wms.pushShipment(context.newRecord.id, context.type);
  }

  function reconcileOpenOrders(orderIds) {
    const linked = search.lookupFields({ type: search.Type.SALES_ORDER, id: orderIds[0], columns: ['entity'] });
    log.debug({ title: 'reconcile', details: linked });
    for (const id of orderIds) {
      // expect: no-timeout
      const so = record.load({ type: record.Type.SALES_ORDER, id: id, isDynamic: false });
      const lines = so.getLineCount({ sublistId: LINE_SUBLIST });
      log.audit({ title: 'lines', details: `${id}: ${lines}` });
    }
  }

  function markShipped(fulfillments) {
    fulfillments.forEach((f) => {
      const rec = record.create({ type: record.Type.ITEM_FULFILLMENT, isDynamic: true });
      rec.setValue({ fieldId: 'createdfrom', value: f.orderId });
      // expect: no-timeout
      rec.save({ enableSourcing: true, ignoreMandatoryFields: false });
    });
  }

  function auditBackorders(queue) {
    let next = queue.shift();
    while (next) {
      // expect: no-timeout
      const bo = record.load({ type: record.Type.SALES_ORDER, id: next });
      log.audit({ title: 'backorder', details: `${next}: ${bo.getValue({ fieldId: 'orderstatus' })}` });
      next = queue.shift();
    }
  }

  function flagOrders(orderIds) {
    for (const id of orderIds) {
      record.submitFields({ type: record.Type.SALES_ORDER, id: id, values: { custbody_flagged: true } });
    }
  }

  function pingWms() {
    const resp = https.get({ url: 'https://wms.example.com/health' });
    // expect: debug-enabled
    console.log('WMS health: ' + resp.code + ' ' + resp.body);
    log.debug({ title: 'wms health', details: resp.code });
  }

  function loadSettings() {
    const settings = record.load({ type: 'customrecord_wms_settings', id: 1 });
    try {
      return JSON.parse(settings.getValue({ fieldId: 'custrecord_wms_json' }));
    } catch (e) {
      // expect: debug-enabled
      console.log(e);
      return {};
    }
  }

  return { beforeSubmit, afterSubmit, reconcileOpenOrders, markShipped, auditBackorders, flagOrders, pingWms, loadSettings };
});
