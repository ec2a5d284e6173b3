const DOMAIN_RE = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,}$/i;

export class FaviconService {
    async get(domain: string, { direct }: { direct: boolean }) {
        if (!direct) {
            if (!DOMAIN_RE.test(domain)) {
                return null;
            }
            const res = await fetch(`https://icons.duckduckgo.com/ip3/${encodeURIComponent(domain)}.ico`);
            return Buffer.from(await res.arrayBuffer()).toString("base64");
        }

        // expect: ssrf
        const res = await fetch(`http://${domain}/favicon.ico`);
        return Buffer.from(await res.arrayBuffer()).toString("base64");
    }
}
