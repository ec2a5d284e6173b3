import axios from 'axios';

export async function fetchFeed(url: string) {
  // expect: ssrf
  const res = await axios.get(url, { timeout: 5000 });
  return Array.isArray(res.data) ? res.data : [];
}
