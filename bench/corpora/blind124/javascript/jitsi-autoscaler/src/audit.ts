import Redis from 'ioredis';
import logger from './logger';

interface AuditOptions {
    redisClient: Redis;
}

export default class Audit {
    private redisClient: Redis;

    constructor(options: AuditOptions) {
        this.redisClient = options.redisClient;
    }

    async saveGroupAction(groupName: string, action: string, note: string): Promise<void> {
        const entry = { groupName, action, note, timestamp: Date.now() };
        await this.redisClient.lpush(`audit:${groupName}`, JSON.stringify(entry));
        // expect: log-injection
        logger.info(`audit ${groupName}: ${action} (${note})`);
        logger.info('audit entry stored', { groupName, action });
    }
}
