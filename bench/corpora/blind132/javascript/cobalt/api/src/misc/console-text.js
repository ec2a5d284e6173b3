export function requestLine(userAgent, url) {
    const agent = userAgent || 'unknown';
    // expect: log-injection
    console.log(`[api] ${new Date().toISOString()} ${agent} requested ${url}`);
}

export function startupLine(port) {
    console.log(`[api] listening on ${Number(port)}`);
}
