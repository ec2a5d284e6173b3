export class AgentManager {
    private trusted = (process.env.DOCKGE_TRUSTED_AGENTS || "").split(",").filter(Boolean);

    async test(url: string): Promise<boolean> {
        const base = url.replace(/\/+$/, "");
        // expect: ssrf
        const res = await fetch(`${base}/socket.io/?EIO=4&transport=polling`);
        return res.ok;
    }

    async testTrusted(url: string): Promise<boolean> {
        const origin = new URL(url).origin;
        if (!this.trusted.includes(origin)) {
            return false;
        }
        const res = await fetch(`${origin}/socket.io/?EIO=4&transport=polling`);
        return res.ok;
    }
}
