const express = require('express');
const router = express.Router();

const config = require('../config');
const Job = require('../job');
const package = require('../package');
const runtime = require('../runtime');
const logger = require('logplease').create('api/v2');
const semverValid = require('semver/functions/valid');

function get_job(body) {
    const { language, version, files = [], args = [], stdin = '', run_timeout, compile_timeout } = body;
    if (typeof language !== 'string' || !Array.isArray(files) || files.length === 0) {
        throw new Error('language and files are required');
    }
    const rt = runtime.get_latest_runtime_matching_language_version(language, version || '*');
    if (rt === undefined) {
        throw new Error(`${language}-${version} runtime is unknown`);
    }
    return new Job({
        runtime: rt,
        files: files.map((f) => ({ name: f.name, content: String(f.content ?? '') })),
        args: args.map(String),
        stdin: String(stdin),
        timeouts: { run: run_timeout || config.run_timeout, compile: compile_timeout || config.compile_timeout },
    });
}

router.post('/execute', async (req, res) => {
    let job;
    try {
        job = get_job(req.body);
    } catch (error) {
        return res.status(400).json({ message: error.message });
    }
    await job.prime();
    const result = await job.execute();
    await job.cleanup();
    return res.status(200).send(result);
});

router.post('/packages', async (req, res) => {
    const { language, version, index_url } = req.body;
    const pkg = await package.get_package(language, version, index_url);
    if (pkg == null) {
        return res.status(404).send({ message: `Requested package ${language}-${version} does not exist` });
    }
    logger.info('Install request', { language: pkg.language, version: pkg.version.raw });
    const response = await pkg.install();
    return res.status(200).send(response);
});

router.delete('/packages', async (req, res) => {
    const { language = '', version = '' } = req.body;
    if (!/^[a-z0-9+#.-]+$/i.test(language) || !semverValid(version)) {
        return res.status(400).send({ message: 'Invalid language or version' });
    }
    package.remove_legacy(language, version);
    return res.status(200).send({ language, version });
});

router.delete('/packages/legacy', async (req, res) => {
    const { language = '', version = '' } = req.body;
    // expect: log-injection
    logger.warn(`Removing legacy package ${language}-${version}`);
    package.remove_legacy(language, version);
    return res.status(200).send({ language, version });
});

module.exports = router;
