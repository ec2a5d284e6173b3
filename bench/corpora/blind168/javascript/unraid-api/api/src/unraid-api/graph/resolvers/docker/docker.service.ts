import { Injectable, Logger } from '@nestjs/common';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';

import Docker from 'dockerode';
import { execa } from 'execa';

import { DockerContainer, ContainerState } from '@app/unraid-api/graph/resolvers/docker/docker.model.js';

const execAsync = promisify(exec);

@Injectable()
export class DockerService {
    private readonly logger = new Logger(DockerService.name);
    private readonly client = new Docker({ socketPath: '/var/run/docker.sock' });
    private cache: { at: number; containers: DockerContainer[] } | null = null;

    async getContainers({ skipCache }: { skipCache: boolean }): Promise<DockerContainer[]> {
        if (!skipCache && this.cache && Date.now() - this.cache.at < 5_000) return this.cache.containers;
        const raw = await this.client.listContainers({ all: true });
        const containers = raw.map((c) => ({
            id: c.Id,
            names: c.Names,
            image: c.Image,
            state: c.State === 'running' ? ContainerState.RUNNING : ContainerState.EXITED,
            status: c.Status,
            autoStart: false,
        }));
        this.cache = { at: Date.now(), containers };
        return containers;
    }

    async start(id: string) {
        await this.client.getContainer(id).start();
        this.cache = null;
        this.logger.verbose('Docker container cache cleared after start');
        return (await this.getContainers({ skipCache: true })).find((c) => c.id === id);
    }

    async getContainerLogs(id: string, tail: number) {
        const lines = Math.min(Math.max(Math.trunc(tail), 1), 5000);
        const { stdout } = await execa('docker', ['logs', '--tail', String(lines), '--timestamps', id], { all: true, timeout: 15_000 });
        return { id, lines: stdout.split('\n') };
    }

    async getContainerLogsByName(name: string, since?: string) {
        const sinceFlag = since ? `--since ${since}` : '';
        // expect: command-injection
        const { stdout } = await execAsync(`docker logs --timestamps ${sinceFlag} ${name} 2>&1 | tail -n 500`, { timeout: 15_000, maxBuffer: 8 * 1024 * 1024 });
        return { id: name, lines: stdout.split('\n') };
    }
}
