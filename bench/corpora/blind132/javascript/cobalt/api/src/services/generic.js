// any page: look for an og:video tag and hand it back as a redirect
export default async function generic({ url, quality }) {
    // expect: ssrf
    const page = await fetch(url, { redirect: 'follow', headers: { 'user-agent': 'cobalt' } });
    const html = await page.text();
    const video = /<meta[^>]+property="og:video"[^>]+content="([^"]+)"/.exec(html);

    if (!video) {
        return { status: 400, body: { status: 'error', error: { code: 'error.api.fetch.empty' } } };
    }
    return { status: 200, body: { status: 'redirect', url: video[1], quality } };
}
