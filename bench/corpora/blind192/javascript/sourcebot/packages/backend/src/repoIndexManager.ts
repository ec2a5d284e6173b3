import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { PrismaClient, RepoIndexingStatus } from '@sourcebot/db';

import { cloneRepository, fetchRepository, getRepoPath } from './git.js';
import { indexGitRepository } from './zoekt.js';
import { createLogger } from './logger.js';

const logger = createLogger('repo-index-manager');
const QUEUE_NAME = 'repoIndexingQueue';

interface RepoIndexingPayload {
    repoId: number;
    orgId: number;
}

export class RepoIndexManager {
    private queue: Queue<RepoIndexingPayload>;
    private worker: Worker<RepoIndexingPayload>;

    constructor(private db: PrismaClient, redis: Redis, concurrency = 4) {
        this.queue = new Queue<RepoIndexingPayload>(QUEUE_NAME, { connection: redis });
        this.worker = new Worker<RepoIndexingPayload>(QUEUE_NAME, (job) => this.runIndexJob(job), {
            connection: redis,
            concurrency,
        });
        this.worker.on('completed', (job) => logger.info(`Indexed repo ${job.data.repoId}`));
        this.worker.on('failed', (job, err) => logger.error(`Indexing repo ${job?.data.repoId} failed: ${err.message}`));
    }

    async scheduleRepo(repoId: number, orgId: number) {
        await this.db.repo.update({ where: { id: repoId }, data: { repoIndexingStatus: RepoIndexingStatus.IN_INDEX_QUEUE } });
        await this.queue.add('index', { repoId, orgId }, { jobId: `repo-${repoId}`, removeOnComplete: true });
    }

    private async runIndexJob(job: Job<RepoIndexingPayload>) {
        const repo = await this.db.repo.findUnique({ where: { id: job.data.repoId }, include: { connections: true } });
        if (!repo) {
            logger.warn(`Repo ${job.data.repoId} no longer exists, skipping`);
            return;
        }
        await this.db.repo.update({ where: { id: repo.id }, data: { repoIndexingStatus: RepoIndexingStatus.INDEXING } });

        const repoPath = getRepoPath(repo);
        if (await fetchRepository(repoPath).catch(() => false)) {
            logger.info(`Fetched ${repo.name}`);
        } else {
            await cloneRepository(repo.cloneUrl, repoPath);
        }

        // Branches come from the code host metadata stored when the connection synced.
        const metadata = repo.metadata as { branches?: string[]; defaultBranch?: string };
        const branches = metadata.branches?.length ? metadata.branches : [metadata.defaultBranch ?? 'HEAD'];
        await indexGitRepository(repo.id, repoPath, branches);

        await this.db.repo.update({
            where: { id: repo.id },
            data: { repoIndexingStatus: RepoIndexingStatus.INDEXED, indexedAt: new Date() },
        });
    }

    async dispose() {
        await this.worker.close();
        await this.queue.close();
    }
}
