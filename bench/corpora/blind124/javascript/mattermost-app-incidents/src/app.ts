import express from 'express';
import path from 'path';
import { createIncidentSubmit } from './forms/incident';
import { searchSubmit } from './forms/search';
import { oauthComplete, oauthConnect } from './oauth';
import { bindings } from './bindings';

const STATIC_DIR = path.join(__dirname, '..', 'static');

const app = express();
app.use(express.json());

app.post('/bindings', (req, res) => {
    res.json({ type: 'ok', data: bindings(req.body.context) });
});

app.post('/incident/create/submit', async (req, res) => {
    res.json(await createIncidentSubmit(req.body));
});

app.post('/incident/search/submit', async (req, res) => {
    res.json(await searchSubmit(req.body));
});

app.get('/oauth2/connect', oauthConnect);
app.get('/oauth2/complete', oauthComplete);

app.get('/static/:icon', (req, res) => {
    // expect: path-traversal
    res.sendFile(path.join(STATIC_DIR, req.params.icon));
});

app.get('/static-v2/:icon', (req, res) => {
    res.sendFile(req.params.icon, { root: STATIC_DIR, dotfiles: 'deny' });
});

app.listen(Number(process.env.APP_PORT || 4000));
