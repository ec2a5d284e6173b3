import Redis from 'ioredis';

export interface InstanceGroup {
    name: string;
    type: string;
    cloud: string;
    tags: Record<string, string>;
    scalingOptions?: { desiredCount: number; minDesired: number; maxDesired: number };
}

export default class InstanceGroupManager {
    private redisClient: Redis;

    constructor(options: { redisClient: Redis }) {
        this.redisClient = options.redisClient;
    }

    async upsertInstanceGroup(group: InstanceGroup): Promise<void> {
        await this.redisClient.hset('allgroups', group.name, JSON.stringify(group));
    }

    async getInstanceGroup(name: string): Promise<InstanceGroup | undefined> {
        const raw = await this.redisClient.hget('allgroups', name);
        return raw ? JSON.parse(raw) : undefined;
    }

    async getAllInstanceGroups(): Promise<InstanceGroup[]> {
        const all = await this.redisClient.hgetall('allgroups');
        return Object.values(all).map((raw) => JSON.parse(raw));
    }
}
