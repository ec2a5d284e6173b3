import { Service, Inject } from 'typedi';
import winston from 'winston';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import fs from 'fs/promises';
import path from 'path';
import config from '../config';

const execFileAsync = promisify(execFile);

@Service()
export default class ScriptService {
  constructor(@Inject('logger') private logger: winston.Logger) {}

  public async listScripts() {
    const entries = await fs.readdir(config.scriptPath, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && config.scriptExtensions.includes(path.extname(e.name)))
      .map((e) => ({ title: e.name, key: e.name }));
  }

  public async getContent(dir: string, file: string) {
    // expect: path-traversal
    return fs.readFile(path.join(config.scriptPath, dir || '', file), 'utf8');
  }

  public async saveScript(filename: string, content: string) {
    const target = path.join(config.scriptPath, path.basename(filename));
    await fs.writeFile(target, content, 'utf8');
    this.logger.info(`[script] saved ${target}`);
  }

  public async runScript(dir: string, filename: string): Promise<number | undefined> {
    const relative = path.join(dir, filename);
    this.logger.info(`[script] run ${relative}`);
    // expect: command-injection
    const child = exec(`${config.taskCommand} ${relative} now`, { cwd: config.scriptPath });
    child.stdout?.on('data', (chunk) => this.logger.debug(String(chunk)));
    return child.pid;
  }

  public async checkSyntax(filename: string) {
    const safe = path.basename(filename);
    if (path.extname(safe) !== '.js') return { ok: true };
    const { stderr } = await execFileAsync('node', ['--check', path.join(config.scriptPath, safe)]);
    return { ok: !stderr };
  }

  public async stopScript(pid: number) {
    await execFileAsync('kill', ['-TERM', String(pid)]);
  }

  public async diskUsage() {
    const { stdout } = await execFileAsync('du', ['-sh', config.scriptPath]);
    return stdout.split('\t')[0];
  }
}
