/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * Sales order after-submit: push the order to the 3PL and update line commitments.
 */
define(['N/record', 'N/search', 'N/log', 'N/https', 'N/runtime'], (record, search, log, https, runtime) => {
  const ENDPOINT = 'https://api.example-3pl.com/v2/orders';

  function lineItems(order) {
    const count = order.getLineCount({ sublistId: 'item' });
    const items = [];
    for (let i = 0; i < count; i += 1) {
      items.push({
        itemId: order.getSublistValue({ sublistId: 'item', fieldId: 'item', line: i }),
        quantity: order.getSublistValue({ sublistId: 'item', fieldId: 'quantity', line: i }),
      });
    }
    return items;
  }

  function itemWeights(items) {
    const ids = items.map((it) => it.itemId);
    const weights = {};
    search.create({
      type: search.Type.ITEM,
      filters: [['internalid', 'anyof', ids]],
      columns: ['weight'],
    }).run().each((result) => {
      weights[result.id] = Number(result.getValue('weight')) || 0;
      return true;
    });
    return weights;
  }

  function markItemsPending(items) {
    items.forEach((it) => {
      // expect: unreachable
      record.load({ type: record.Type.INVENTORY_ITEM, id: it.itemId }).setValue({ fieldId: 'custitem_3pl_pending', value: true }).save();
    });
  }

  function pushTo3pl(order, items) {
    const weights = itemWeights(items);
    const payload = {
      orderId: order.id,
      tranId: order.getValue('tranid'),
      lines: items.map((it) => ({ ...it, weight: weights[it.itemId] || 0 })),
    };
    // expect: unreachable
    console.log('3PL payload', JSON.stringify(payload));
    const response = https.post({ url: ENDPOINT, body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } });
    log.audit({ title: '3PL push', details: `order ${order.id} -> ${response.code}` });
    return response.code;
  }

  function afterSubmit(context) {
    try {
      if (context.type !== context.UserEventType.CREATE && context.type !== context.UserEventType.EDIT) {
        return;
      }
      const order = context.newRecord;
      const items = lineItems(order);
      const code = pushTo3pl(order, items);
      if (code === 200 || code === 201) {
        markItemsPending(items);
        record.submitFields({ type: record.Type.SALES_ORDER, id: order.id, values: { custbody_3pl_synced: true } });
      }
      log.debug({ title: 'remaining usage', details: runtime.getCurrentScript().getRemainingUsage() });
    } catch (e) {
      log.error({ title: '3PL sync failed', details: e });
    }
  }

  return { afterSubmit };
});
