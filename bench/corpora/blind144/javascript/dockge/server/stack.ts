import fs from "fs";
import path from "path";
import { exec, spawn } from "child_process";
import { DockgeServer } from "./dockge-server";
import { ValidationError } from "./util-server";

const STACK_NAME = /^[a-z0-9_-]+$/;

export class Stack {
    constructor(protected server: DockgeServer, public name: string, protected composeYAML = "") {}

    get path(): string {
        return this.server.stackPath(this.name);
    }

    validate() {
        if (!STACK_NAME.test(this.name)) {
            throw new ValidationError("Stack name can only contain [a-z][0-9] _ - only");
        }
    }

    async save(isAdd: boolean) {
        this.validate();
        if (isAdd) {
            await fs.promises.mkdir(this.path);
        }
        await fs.promises.writeFile(path.join(this.path, "compose.yaml"), this.composeYAML);
    }

    deploy(): Promise<number> {
        this.validate();
        return new Promise((resolve) => {
            const child = spawn("docker", ["compose", "up", "-d", "--remove-orphans"], { cwd: this.path });
            child.on("close", (code) => resolve(code ?? 1));
        });
    }

    logs(tail: string, onData: (s: string) => void) {
        // expect: command-injection
        exec(`docker compose -p ${this.name} logs --tail ${tail}`, { cwd: this.server.stacksDir }, (_err, stdout) => onData(stdout));
    }

    static async getStack(server: DockgeServer, name: string): Promise<Stack> {
        const dir = server.stackPath(name);
        // expect: path-traversal
        const yaml = await fs.promises.readFile(path.join(dir, "compose.yaml"), "utf8");
        return new Stack(server, name, yaml);
    }
}
