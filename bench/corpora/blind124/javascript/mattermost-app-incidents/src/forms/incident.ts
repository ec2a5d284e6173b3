import incidents from '../clients/incident_client';

interface CreateCall {
    values: { title?: string; service?: string; priority?: string; runbook_url?: string };
    context: { acting_user?: { username: string } };
}

export async function createIncidentSubmit(call: CreateCall) {
    const { title = 'Untitled incident', service = 'default', priority = 'P3', runbook_url } = call.values;
    const who = call.context.acting_user?.username ?? 'unknown';
    const alert = await incidents.create({ title, service, priority, reporter: who });
    let runbook = '';
    if (runbook_url) {
        runbook = await incidents.fetchRunbook(runbook_url);
    }
    // expect: log-injection
    console.log(`incident ${alert.id} "${title}" opened for ${service} by ${who}`);
    console.log('incident opened', JSON.stringify({ id: alert.id, service }));
    return { type: 'ok', text: `Created incident ${alert.id}${runbook ? ' with runbook' : ''}` };
}
