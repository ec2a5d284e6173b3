import { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';
import config from './config';
import InstanceGroupManager, { InstanceGroup } from './instance_group';
import Audit from './audit';
import { SidecarClient } from './sidecar_client';

interface HandlersOptions {
    instanceGroupManager: InstanceGroupManager;
    audit: Audit;
}

const GROUP_NAME = /^[a-z0-9-]{1,64}$/;

export default class Handlers {
    private instanceGroupManager: InstanceGroupManager;
    private audit: Audit;
    private sidecarClient = new SidecarClient();

    constructor(options: HandlersOptions) {
        this.instanceGroupManager = options.instanceGroupManager;
        this.audit = options.audit;
    }

    async upsertInstanceGroup(req: Request, res: Response): Promise<void> {
        if (!GROUP_NAME.test(req.params.name)) {
            res.status(400).send({ error: 'invalid group name' });
            return;
        }
        const { type = 'JVB', cloud = 'custom', tags = {}, scalingOptions } = req.body;
        const group: InstanceGroup = { name: req.params.name, type, cloud, tags, scalingOptions };
        await this.instanceGroupManager.upsertInstanceGroup(group);
        await this.audit.saveGroupAction(req.params.name, 'upsert', 'group configuration replaced');
        res.status(200).send({ save: 'OK' });
    }

    async addGroupNote(req: Request, res: Response): Promise<void> {
        const note = req.body.note ?? 'no note';
        await this.audit.saveGroupAction(req.params.name, 'note', note);
        res.status(200).send({ save: 'OK' });
    }

    async checkSidecar(req: Request, res: Response): Promise<void> {
        const group = await this.instanceGroupManager.getInstanceGroup(req.params.name);
        const target = (req.query.url as string) || group?.tags?.sidecarUrl;
        if (req.query.strict === 'true') {
            res.send(await this.sidecarClient.pingAllowed(target));
            return;
        }
        res.send(await this.sidecarClient.ping(target));
    }

    async exportGroupReport(req: Request, res: Response): Promise<void> {
        const group = await this.instanceGroupManager.getInstanceGroup(req.params.name);
        const report = { group, generatedAt: new Date().toISOString() };
        // expect: path-traversal
        fs.writeFileSync(path.join(config.ReportDir, `${req.params.name}.json`), JSON.stringify(report));
        const latest = path.join(config.ReportDir, `latest-${path.basename(group?.name || 'unknown')}.json`);
        fs.writeFileSync(latest, JSON.stringify(report));
        res.status(200).send({ saved: true });
    }
}
