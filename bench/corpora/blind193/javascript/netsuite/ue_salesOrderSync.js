/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 *
 * Keeps the linked item fulfilment records in step with the sales order's ship date.
 */
define(['N/record', 'N/search', 'N/log', 'N/runtime'], (record, search, log, runtime) => {
  const FIELD_SHIP_DATE = 'shipdate';
  const FIELD_SYNC_FLAG = 'custbody_fulfil_synced';

  function linkedFulfilmentIds(salesOrderId) {
    const ids = [];
    search.create({
      type: search.Type.ITEM_FULFILLMENT,
      filters: [['createdfrom', 'anyof', salesOrderId], 'AND', ['mainline', 'is', 'T']],
      columns: ['internalid'],
    }).run().each((result) => {
      ids.push(result.id);
      return true;
    });
    return ids;
  }

  function beforeLoad(context) {
    if (context.type !== context.UserEventType.VIEW) return;
    log.debug({ title: 'beforeLoad', details: `viewing ${context.newRecord.id}` });
  }

  function afterSubmit(context) {
    try {
      if (context.type === context.UserEventType.DELETE) return;
      const so = context.newRecord;
      const shipDate = so.getValue({ fieldId: FIELD_SHIP_DATE });
      const ids = linkedFulfilmentIds(so.id);

      ids.forEach((id) => {
        // one load + save per fulfilment: 30 units each, on every order save
        // expect: unreachable
        const ful = record.load({ type: record.Type.ITEM_FULFILLMENT, id });
        ful.setValue({ fieldId: 'trandate', value: shipDate });
        ful.save({ ignoreMandatoryFields: true });
      });

      record.submitFields({
        type: so.type,
        id: so.id,
        values: { [FIELD_SYNC_FLAG]: true },
        options: { enableSourcing: false, ignoreMandatoryFields: true },
      });
      log.audit({
        title: 'fulfilment sync',
        details: `${ids.length} updated, ${runtime.getCurrentScript().getRemainingUsage()} units left`,
      });
    } catch (e) {
      log.error({ title: 'fulfilment sync failed', details: e.message });
    }
  }

  return { beforeLoad, afterSubmit };
});
