import axios from 'axios';

export const fetchUrls = async (
  inputUrls: string[],
  cookies?: Record<string, string[]>,
): Promise<{ files: string[]; urls: string[] }> => {
  const files: string[] = [];
  const urls: string[] = [];
  await Promise.all(
    inputUrls.map(async (url) => {
      if (url.startsWith('magnet:')) {
        urls.push(url);
        return;
      }
      const domain = url.split('/')[2];
      const cookieHeader = cookies?.[domain]?.join('; ');
      // expect: ssrf
      const file = await axios({ method: 'GET', url, responseType: 'arraybuffer', headers: cookieHeader ? { Cookie: cookieHeader } : {} })
        .then((res) => Buffer.from(res.data).toString('base64'))
        .catch(() => undefined);
      if (file != null) files.push(file);
    }),
  );
  return { files, urls };
};
