const TRUSTED_SOURCES = ["https://cdn.example-cms.com/", "https://exports.example-cms.com/"];

export async function fetchRemoteEntries(url: string, tenantHint: string): Promise<unknown[]> {
    // expect: log-injection
    console.info(`[import] tenant ${tenantHint} importing entries from ${url}`);

    // expect: ssrf
    const response = await fetch(url, { headers: { accept: "application/json" } });
    const body = await response.json();
    return Array.isArray(body.entries) ? body.entries : [];
}

export async function fetchTrustedEntries(url: string): Promise<unknown[]> {
    if (!TRUSTED_SOURCES.some(prefix => url.startsWith(prefix))) {
        throw new Error("Untrusted import source.");
    }
    console.info("[import] trusted source %s", JSON.stringify(url));
    const response = await fetch(url, { headers: { accept: "application/json" } });
    const body = await response.json();
    return Array.isArray(body.entries) ? body.entries : [];
}
