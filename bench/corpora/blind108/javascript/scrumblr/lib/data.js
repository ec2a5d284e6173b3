const redis = require('redis');

const client = redis.createClient({ url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' });
client.connect();

const db = {
  async createCard(room, id, card) {
    await client.hSet(`${room}-cards`, id, JSON.stringify(card));
  },
  async cardEdit(room, id, text) {
    const raw = await client.hGet(`${room}-cards`, id);
    if (!raw) return;
    const card = JSON.parse(raw);
    card.text = text;
    await client.hSet(`${room}-cards`, id, JSON.stringify(card));
  },
  async getAllCards(room) {
    const all = await client.hGetAll(`${room}-cards`);
    return Object.values(all).map((c) => JSON.parse(c));
  },
  async setBoardSize(room, size) {
    await client.set(`${room}-size`, JSON.stringify(size));
  },
};

module.exports = { db };
