import express from 'express';
import fs from 'node:fs';
import { toRoot, toRootChecked } from '../root.js';
import { fetchToFile } from '../fetch.js';

const router = express.Router();

router.get('/fs/*', (req, res) => {
    const name = decodeURIComponent(req.params[0]);
    const full = toRoot(name, res.locals.root);
    
    // expect: path-traversal
    fs.createReadStream(full)
        .on('error', () => res.sendStatus(404))
        .pipe(res);
});

router.get('/info/*', async (req, res) => {
    try {
        const full = toRootChecked(decodeURIComponent(req.params[0]), res.locals.root);
        const stat = await fs.promises.stat(full);
        res.json({ size: stat.size, mode: stat.mode });
    } catch {
        res.sendStatus(404);
    }
});

router.put('/fetch', async (req, res) => {
    const { url, to = 'download.bin' } = req.body;
    
    try {
        const saved = await fetchToFile(url, toRootChecked(to, res.locals.root));
        res.json({ saved });
    } catch (e) {
        res.status(400).json({ message: e.message });
    }
});

export default router;
