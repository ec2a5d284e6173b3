import bodyParser from 'body-parser';
import express from 'express';
import Redis from 'ioredis';
import config from './config';
import Handlers from './handlers';
import InstanceGroupManager from './instance_group';
import Audit from './audit';
import AutoscaleProcessor from './autoscaler';

const redisClient = new Redis({ host: config.RedisHost, port: config.RedisPort });
const instanceGroupManager = new InstanceGroupManager({ redisClient });
const audit = new Audit({ redisClient });
const h = new Handlers({ instanceGroupManager, audit });
const autoscaleProcessor = new AutoscaleProcessor({ instanceGroupManager, audit });

const app = express();
app.use(bodyParser.json());

app.put('/groups/:name', async (req, res, next) => {
    try {
        await h.upsertInstanceGroup(req, res);
    } catch (err) {
        next(err);
    }
});

app.post('/groups/:name/actions/note', async (req, res, next) => {
    try {
        await h.addGroupNote(req, res);
    } catch (err) {
        next(err);
    }
});

app.get('/groups/:name/sidecar-check', async (req, res, next) => {
    try {
        await h.checkSidecar(req, res);
    } catch (err) {
        next(err);
    }
});

app.get('/groups/:name/report/export', async (req, res, next) => {
    try {
        await h.exportGroupReport(req, res);
    } catch (err) {
        next(err);
    }
});

setInterval(() => autoscaleProcessor.processAutoscaling(), config.AutoscalerInterval * 1000);

app.listen(config.HTTPServerPort, () => {
    console.log(`autoscaler listening on ${config.HTTPServerPort}`);
});
