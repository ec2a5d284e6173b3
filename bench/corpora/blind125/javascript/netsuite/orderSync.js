/**
 * @NApiVersion 2.x
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */
define(['N/record', 'N/search', 'N/log'], function (record, search, log) {

    function beforeSubmit(context) {
        var so = context.newRecord;
        // expect: debug-enabled
        console.log('beforeSubmit', so.id, context.type);
        so.setValue({ fieldId: 'custbody_sync_pending', value: true });
        log.debug({ title: 'beforeSubmit', details: so.id });
    }

    function recalcLines(orderIds) {
        orderIds.forEach(function (id) {
            // expect: no-timeout
            var order = record.load({ type: record.Type.SALES_ORDER, id: id });
            order.setValue({ fieldId: 'custbody_recalc', value: true });
            // expect: no-timeout
            order.save();
        });
    }

    function totalOpenBalance(customerIds) {
        var total = 0;
        for (var i = 0; i < customerIds.length; i++) {
            // expect: no-timeout
            var customer = record.load({ type: record.Type.CUSTOMER, id: customerIds[i] });
            total += Number(customer.getValue({ fieldId: 'balance' }));
        }
        // expect: debug-enabled
        console.log('open balance', total);
        return total;
    }

    function afterSubmit(context) {
        var so = context.newRecord;
        // expect: unhandled-error
        var customerId = so.getValue({ fieldId: 'entity' });
        // expect: unhandled-error
        record.submitFields({ type: record.Type.CUSTOMER, id: customerId, values: { custentity_last_order: so.id } });
    }

    // Safe look-alikes: submitFields in a loop, N/log instead of console.
    function flagCustomers(customerIds) {
        customerIds.forEach(function (id) {
            record.submitFields({ type: record.Type.CUSTOMER, id: id, values: { custentity_flag: true } });
        });
        log.audit({ title: 'flagCustomers', details: customerIds.length });
    }

    function openOrderIds(customerId) {
        var ids = [];
        search.create({
            type: search.Type.SALES_ORDER,
            filters: [['entity', 'anyof', customerId], 'and', ['status', 'anyof', 'SalesOrd:B']],
            columns: ['internalid']
        }).run().each(function (result) {
            ids.push(result.id);
            return true;
        });
        return ids;
    }

    return {
        beforeSubmit: beforeSubmit,
        afterSubmit: afterSubmit,
        recalcLines: recalcLines,
        totalOpenBalance: totalOpenBalance,
        flagCustomers: flagCustomers,
        openOrderIds: openOrderIds
    };
});
