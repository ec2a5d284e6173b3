class Logger {
    info(module: string, msg: string) {
        process.stdout.write(JSON.stringify({ level: "info", module, msg }) + "\n");
    }

    warn(module: string, msg: string) {
        process.stdout.write(JSON.stringify({ level: "warn", module, msg }) + "\n");
    }
}

export const log = new Logger();
