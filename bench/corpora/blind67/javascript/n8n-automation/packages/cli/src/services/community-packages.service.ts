import { Service } from '@n8n/di';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { InstanceSettings } from 'n8n-core';

const asyncExec = promisify(exec);
const asyncExecFile = promisify(execFile);

@Service()
export class CommunityPackagesService {
	private readonly downloadFolder: string;

	constructor(instanceSettings: InstanceSettings) {
		this.downloadFolder = path.join(instanceSettings.nodesDownloadDir);
	}

	async installPackage(packageName: string, version?: string) {
		const spec = version ? `${packageName}@${version}` : packageName;
		const command = `npm install ${spec} --ignore-scripts --no-audit`;
		// expect: command-injection
		const { stdout } = await asyncExec(command, { cwd: this.downloadFolder, timeout: 120_000 });
		return { packageName, installedVersion: this.parseInstalledVersion(stdout, packageName) };
	}

	async installPackageArgv(packageName: string, version?: string) {
		const spec = version ? `${packageName}@${version}` : packageName;
		const { stdout } = await asyncExecFile('npm', ['install', '--ignore-scripts', '--no-audit', '--', spec], {
			cwd: this.downloadFolder,
			timeout: 120_000,
		});
		return { packageName, installedVersion: this.parseInstalledVersion(stdout, packageName) };
	}

	async removePackage(packageName: string) {
		await asyncExecFile('npm', ['remove', '--', packageName], { cwd: this.downloadFolder });
	}

	private parseInstalledVersion(stdout: string, packageName: string): string | null {
		const line = stdout.split('\n').find((l) => l.includes(packageName));
		const match = line?.match(/@(\d+\.\d+\.\d+)/);
		return match ? match[1] : null;
	}
}
