import * as store from '../store';

interface SearchCall {
    values: { query?: string; id?: string };
}

export async function searchSubmit(call: SearchCall) {
    if (call.values.id) {
        const alert = store.getAlert(call.values.id);
        return { type: 'ok', text: alert ? alert.message : 'not found' };
    }
    const rows = store.findAlerts(call.values.query ?? '');
    return { type: 'ok', text: rows.map((r) => `- ${r.message}`).join('\n') };
}
