class CollectorApi {
  constructor() {
    this.endpoint = `http://0.0.0.0:${process.env.COLLECTOR_PORT || 8888}`;
  }

  async processLink(link = "") {
    if (!link) return false;
    return await fetch(`${this.endpoint}/process-link`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ link }),
    }).then((res) => res.json());
  }

  async processLinkChecked(link = "") {
    let url;
    try {
      url = new URL(link);
    } catch {
      return { success: false, reason: "Not a valid URL." };
    }
    if (!["http:", "https:"].includes(url.protocol)) return { success: false, reason: "Invalid protocol." };
    return await fetch(`${this.endpoint}/process-link`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ link: url.toString(), checked: true }),
    }).then((res) => res.json());
  }
}

module.exports = { CollectorApi };
