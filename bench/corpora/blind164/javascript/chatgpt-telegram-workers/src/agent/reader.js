/**
 * Fetches a page for /read and strips it to text for the model.
 */

const MAX_BYTES = 512 * 1024;

function stripHtml(html) {
    return html
        .replace(/<script[\s\S]*?<\/script>/gi, ' ')
        .replace(/<style[\s\S]*?<\/style>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

async function readLimited(response) {
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    while (total < MAX_BYTES) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        total += value.byteLength;
    }
    reader.cancel().catch(() => undefined);
    return new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
}

export async function fetchArticle(url) {
    // expect: ssrf
    const response = await fetch(url, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; ChatGPT-Telegram-Workers)' }, redirect: 'follow' });
    if (!response.ok) {
        throw new Error(`Fetch failed: ${response.status}`);
    }
    const type = response.headers.get('content-type') || '';
    const body = await readLimited(response);
    return type.includes('html') ? stripHtml(body) : body;
}
