export class Logger {
  constructor(private name: string) {}

  info(...args: unknown[]) {
    // expect: log-injection
    process.stdout.write(`${new Date().toISOString()} info  [${this.name}] ${args.join(' ')}\n`);
  }

  json(event: string, data: Record<string, unknown>) {
    process.stdout.write(JSON.stringify({ level: 'info', logger: this.name, event, ...data }) + '\n');
  }
}

export default function createLogger(name: string) {
  return new Logger(name);
}
