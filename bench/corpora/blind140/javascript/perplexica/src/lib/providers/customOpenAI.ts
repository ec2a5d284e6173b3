import axios from 'axios';
import { getCustomOpenaiApiUrl } from '../../config';

export async function loadCustomOpenAIModel(baseURL: string, apiKey: string) {
  const configured = getCustomOpenaiApiUrl();
  if (configured) {
    const res = await axios.get(`${configured}/models`, { headers: { Authorization: `Bearer ${apiKey}` } });
    return res.data.data;
  }
  // expect: ssrf
  const res = await axios.get(`${baseURL}/models`, { headers: { Authorization: `Bearer ${apiKey}` }, timeout: 5000 });
  return res.data.data;
}
