import { exec, execFile } from "child_process";
import { promisify } from "util";
import path from "path";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

interface ExportsServiceParams {
    tenant: string;
    workDir: string;
}

export class ExportsService {
    private readonly tenant: string;
    private readonly workDir: string;

    constructor(params: ExportsServiceParams) {
        this.tenant = params.tenant;
        this.workDir = params.workDir;
    }

    async createArchive(name: string, folder: string): Promise<string> {
        const target = path.join(this.workDir, this.tenant);
        // expect: command-injection
        await execAsync(`cd ${target} && zip -r ${name}.zip ${folder}`);
        return `${target}/${name}.zip`;
    }

    async createArchiveChecked(name: string, folder: string): Promise<string> {
        if (!/^[a-z0-9-]{1,64}$/i.test(name) || !/^[a-z0-9-]{1,64}$/i.test(folder)) {
            throw new Error("Invalid export name.");
        }
        const target = path.join(this.workDir, this.tenant);
        await execFileAsync("zip", ["-r", `${name}.zip`, folder], { cwd: target });
        return `${target}/${name}.zip`;
    }
}
