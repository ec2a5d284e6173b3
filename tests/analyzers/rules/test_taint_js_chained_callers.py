"""Request data handed down two modules: an Express route gives the body to a form module's function, which
hands a field on to a client or a store module whose line is the sink (a Mattermost App's call handlers). The
client's line is the finding, not the form module's call of it. Before, the route was read without its
imports when the form module's calls were asked (the depth ran out one module early): the client was fed
nothing and the form module's call was reported instead. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

APP = '''import express from 'express';
import { createSubmit } from './forms/create';
import { searchSubmit } from './forms/search';

const app = express();
app.use(express.json());
app.post('/create/submit', async (req, res) => res.json(await createSubmit(req.body)));
app.post('/search/submit', async (req, res) => res.json(await searchSubmit(req.body)));
'''

CREATE_FORM = '''import incidents from '../clients/incident_client';

export async function createSubmit(call) {
    const { title = 'Untitled', runbook_url } = call.values;
    const runbook = runbook_url ? await incidents.fetchRunbook(runbook_url) : '';
    return { type: 'ok', text: `${title}${runbook ? ' with runbook' : ''}` };
}
'''

CLIENT = '''import axios from 'axios';

class IncidentClient {
    constructor(private readonly baseUrl: string) {}

    async fetchRunbook(url: string): Promise<string> {
        return (await axios.get(url, { timeout: 5000 })).data;
    }

    async fetchRunbookById(id: string): Promise<string> {
        return (await axios.get(`${this.baseUrl}/runbooks/${encodeURIComponent(id)}`)).data;
    }
}

export default new IncidentClient(process.env.API_URL || 'https://api.example.com');
'''

SEARCH_FORM = '''import * as store from '../store';

export async function searchSubmit(call) {
    const rows = store.findAlerts(call.values.query ?? '');
    return { type: 'ok', text: rows.map((r) => r.message).join('\\n') };
}
'''

STORE = '''import Database from 'better-sqlite3';

const db = new Database('alerts.db');

export function findAlerts(query: string) {
    return db.prepare(`SELECT message FROM alerts WHERE message LIKE '%${query}%'`).all();
}

export function getAlert(id: string) {
    return db.prepare('SELECT message FROM alerts WHERE id = ?').get(id);
}
'''


def test_a_route_s_data_reaches_the_client_and_store_its_form_modules_call(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/app.ts": APP, "src/forms/create.ts": CREATE_FORM,
                                      "src/clients/incident_client.ts": CLIENT, "src/forms/search.ts": SEARCH_FORM,
                                      "src/store.ts": STORE}, select="js/security")
    assert sorted(found) == ["src/clients/incident_client.ts:7 tainted-ssrf", "src/store.ts:6 tainted-sql"], found
