export default class Logger {
    static d(msg: string) {
        // expect: log-injection
        console.log(`${new Date().toISOString()} ${msg}`)
    }

    static e(err: Error, meta: Record<string, unknown> = {}) {
        console.error(JSON.stringify({ error: err.message, ...meta }))
    }
}
