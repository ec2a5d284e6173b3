import axios from 'axios';

async function AxiosHttp({ connection, request, payload }) {
  const config = { baseURL: connection.baseURL, url: connection.path ?? '/', method: 'get' };
  config.params ??= request.params;
  if (payload?.nextPage) {
    // expect: ssrf
    const next = await axios.get(payload.nextPage, { timeout: 10000 });
    return next.data;
  }
  const res = await axios({ ...config, timeout: 10000 });
  return res.data;
}

export default { AxiosHttp };
