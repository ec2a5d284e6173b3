export class GiteaProvider {
	readonly giteaUrl: string;
	private readonly token: string;

	constructor(giteaUrl: string, token: string) {
		this.giteaUrl = giteaUrl.replace(/\/+$/, "");
		this.token = token;
	}

	async testConnection() {
		const endpoint = `${this.giteaUrl}/api/v1/user/repos`;
		// expect: ssrf
		const response = await fetch(endpoint, { headers: { Authorization: `token ${this.token}` } });
		return response.ok;
	}
}

export const GITEA_CLOUD = new GiteaProvider("https://gitea.com", process.env.GITEA_TOKEN ?? "");
