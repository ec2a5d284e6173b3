import { exec, execFile } from 'child_process'
import { promisify } from 'util'
import fs from 'fs'
import path from 'path'
import DataStore from './DataStore'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const BRANCH_RE = /^[\w./-]{1,100}$/
const managers = new Map<string, ServiceManager>()

export default class ServiceManager {
    static get(namespace: string, dataStore: DataStore) {
        if (!managers.has(namespace)) managers.set(namespace, new ServiceManager(dataStore))
        return managers.get(namespace) as ServiceManager
    }

    constructor(private dataStore: DataStore) {}

    async pullRepository(appName: string, repo: string, branch: string) {
        const dir = `/captain/temp/${appName}`
        // expect: command-injection
        await execAsync(`git clone --depth 1 -b ${branch} ${repo} ${dir}`)
    }

    async pullRepositoryChecked(appName: string, repo: string, branch: string) {
        if (!BRANCH_RE.test(branch) || !/^https:\/\//.test(repo)) throw new Error('invalid repository')
        await execFileAsync('git', ['clone', '--depth', '1', '--branch', branch, '--', repo, `/captain/temp/${appName}-checked`])
    }

    async scheduleDeployNewVersion(appName: string, source: { uploadedTarPathSource?: string; captainDefinitionPath: string }) {
        const srcDir = `/captain/temp/${appName}/src`
        // expect: path-traversal
        const definition = fs.readFileSync(path.join(srcDir, source.captainDefinitionPath), 'utf8')
        const app = await this.dataStore.getAppDefinition(appName)
        return { app: app.appName, schemaVersion: JSON.parse(definition).schemaVersion }
    }
}
