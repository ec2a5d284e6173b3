import InstanceGroupManager from './instance_group';
import Audit from './audit';
import CustomInstanceManager from './custom_instance_manager';

export default class AutoscaleProcessor {
    private instanceGroupManager: InstanceGroupManager;
    private audit: Audit;
    private customInstanceManager = new CustomInstanceManager();

    constructor(options: { instanceGroupManager: InstanceGroupManager; audit: Audit }) {
        this.instanceGroupManager = options.instanceGroupManager;
        this.audit = options.audit;
    }

    async processAutoscaling(): Promise<void> {
        const groups = await this.instanceGroupManager.getAllInstanceGroups();
        for (const group of groups) {
            const wanted = group.scalingOptions?.desiredCount ?? 0;
            if (group.cloud !== 'custom' || wanted <= 0) continue;
            if (group.tags.describe === 'true') {
                await this.customInstanceManager.describeEnvironment(group);
            }
            await this.customInstanceManager.launchInstances(group, wanted);
            await this.audit.saveGroupAction(group.name, 'launch', `requested ${wanted}`);
        }
    }
}
