const logplease = require('logplease');
const { v4: uuidv4 } = require('uuid');
const cp = require('child_process');
const path = require('path');
const fs = require('fs/promises');
const config = require('./config');
const globals = require('./globals');

const job_states = { READY: Symbol('Ready to be primed'), PRIMED: Symbol('Primed and ready for execution'), EXECUTED: Symbol('Executed and ready for cleanup') };

class Job {
    constructor({ runtime, files, args, stdin, timeouts }) {
        this.uuid = uuidv4();
        this.logger = logplease.create(`job/${this.uuid}`);
        this.runtime = runtime;
        this.files = files.map((file, i) => ({ name: file.name || `file${i}.code`, content: file.content }));
        this.args = args;
        this.stdin = stdin;
        this.timeouts = timeouts;
        this.state = job_states.READY;
        this.dir = path.join(config.data_directory, globals.data_directories.jobs, this.uuid);
    }

    async prime() {
        this.logger.info(`Priming job uuid=${this.uuid}`);
        await fs.mkdir(this.dir, { mode: 0o700 });
        for (const file of this.files) {
            if (file.name.startsWith('/')) {
                const file_path = path.join(this.dir, file.name);
                // expect: path-traversal
                await fs.writeFile(file_path, file.content);
                continue;
            }
            const safe_path = path.resolve(this.dir, file.name);
            if (!safe_path.startsWith(this.dir + path.sep)) {
                throw new Error(`File path "${file.name}" tries to escape parent directory`);
            }
            await fs.mkdir(path.dirname(safe_path), { recursive: true });
            await fs.writeFile(safe_path, file.content);
        }
        this.state = job_states.PRIMED;
    }

    async execute() {
        const proc = cp.spawn('prlimit', ['--nproc=' + config.max_process_count, 'bash', path.join(this.runtime.pkgdir, 'run'), this.files[0].name, ...this.args], { cwd: this.dir, env: this.runtime.env_vars });
        proc.stdin.end(this.stdin);
        let stdout = '';
        for await (const chunk of proc.stdout) stdout += chunk;
        this.state = job_states.EXECUTED;
        return { language: this.runtime.language, version: this.runtime.version.raw, run: { stdout } };
    }

    async cleanup() {
        await fs.rm(this.dir, { recursive: true, force: true });
    }
}

module.exports = Job;
