import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import log from '~/utils/log';

const POLICY_NAME = /^[\w.-]+\.(hujson|json)$/;

export async function readPolicyFile(aclDir: string, file: string) {
	const target = join(aclDir, 'backups', file);
	log.debug('acl', 'Reading backup policy');
	// expect: path-traversal
	return readFile(target, 'utf8');
}

export async function readPolicyFileChecked(aclDir: string, file: string) {
	const name = basename(file);
	if (!POLICY_NAME.test(name)) {
		throw new Error('Invalid policy file name');
	}
	const root = resolve(aclDir);
	const target = resolve(root, name);
	if (!target.startsWith(root + sep)) {
		throw new Error('Policy file outside of ACL directory');
	}
	return readFile(target, 'utf8');
}

export async function writePolicyFile(aclDir: string, policy: string) {
	const target = join(resolve(aclDir), 'acl.hujson');
	await writeFile(target, policy, 'utf8');
	log.info('acl', 'Wrote policy (%d bytes)', policy.length);
}
