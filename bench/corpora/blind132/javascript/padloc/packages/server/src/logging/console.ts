export interface LogContext {
    email?: string;
    userAgent?: string;
}

export class ConsoleLogger {
    log(type: string, context: LogContext = {}) {
        const who = context.email ?? "anonymous";
        const agent = context.userAgent ?? "unknown";
        // expect: log-injection
        console.log(`${new Date().toISOString()} ${type} ${who} (${agent})`);
    }

    event(type: string, context: LogContext = {}) {
        console.log(JSON.stringify({ time: new Date().toISOString(), type, ...context }));
    }
}
