const axios = require('axios');

class PointInPolygonService {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  lookup(lon, lat) {
    const x = parseFloat(lon);
    const y = parseFloat(lat);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return Promise.resolve([]);
    return axios.get(`${this.baseUrl}/${x}/${y}`, { timeout: 2000 }).then((r) => r.data);
  }
}

module.exports = { PointInPolygonService };
