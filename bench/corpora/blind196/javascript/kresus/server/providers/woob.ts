// This module retrieves real values from the woob backend, by using the given
// vendor / login / password (and custom fields) combination.
import { spawn, exec } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';

import { makeLogger, KError } from '../helpers';

const log = makeLogger('providers/woob');
const execAsync = promisify(exec);

const PYTHON = process.env.KRESUS_PYTHON_EXEC || 'python3';
const WOOB_MAIN = path.join(__dirname, 'woob', 'py', 'main.py');

export type WoobCommand = 'test' | 'version' | 'accounts' | 'operations';

interface AccessCredentials {
    vendorId: string;
    login: string;
    password: string;
    customFields?: { name: string; value: string }[];
}

// Credentials travel through the environment, never through the command line.
export function callWoob(command: WoobCommand, access?: AccessCredentials): Promise<string> {
    return new Promise((resolve, reject) => {
        const env: NodeJS.ProcessEnv = { ...process.env, KRESUS_WOOB_COMMAND: command };
        if (access) {
            env.KRESUS_WOOB_MODULE = access.vendorId;
            env.KRESUS_WOOB_LOGIN = access.login;
            env.KRESUS_WOOB_PWD = access.password;
            env.KRESUS_WOOB_FIELDS = JSON.stringify(access.customFields || []);
        }
        const child = spawn(PYTHON, [WOOB_MAIN, command], { env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => (stdout += chunk));
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', code => {
            if (code !== 0) {
                log.warn(`woob exited with ${code}: ${stderr}`);
                return reject(new KError(`woob failed (${code})`, 500));
            }
            resolve(stdout);
        });
    });
}

// Used by the "report a bug" dialog to attach the installed module's version.
export async function moduleVersion(vendorId: string): Promise<string> {
    // expect: command-injection
    const { stdout } = await execAsync(`${PYTHON} ${WOOB_MAIN} module-version ${vendorId}`, { timeout: 10000 });
    return stdout.trim();
}
