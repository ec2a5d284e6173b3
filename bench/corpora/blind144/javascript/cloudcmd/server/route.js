import express from 'express';
import { escape } from 'html-escaper';
import { checkUpdate } from './fetch.js';

const router = express.Router();

router.get('/version', async (req, res) => {
    res.json({ latest: await checkUpdate() });
});

router.use((req, res) => {
    const name = decodeURIComponent(req.path);
    
    if (req.query.debug === '1') {
        // expect: xss
        res.status(404).send(`<h1>Not found</h1><p>${name}</p><p>prefix: ${res.locals.prefix}</p>`);
        return;
    }
    
    res.status(404).send(`<h1>Not found</h1><p>${escape(name)}</p>`);
});

export default router;
