import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import config from './config';
import { InstanceGroup } from './instance_group';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export default class CustomInstanceManager {
    async launchInstances(group: InstanceGroup, count: number): Promise<void> {
        await execFileAsync(config.CustomLaunchScript, ['--group', group.name, '--type', group.type, '--count', String(count)]);
    }

    async describeEnvironment(group: InstanceGroup): Promise<string> {
        const environment = group.tags.environment || 'default';
        // expect: command-injection
        const { stdout } = await execAsync(`${config.CustomLaunchScript} --describe --group ${group.name} --env ${environment}`);
        return stdout;
    }

    async scriptVersion(): Promise<string> {
        const { stdout } = await execAsync(`${config.CustomLaunchScript} --version`);
        return stdout.trim();
    }
}
