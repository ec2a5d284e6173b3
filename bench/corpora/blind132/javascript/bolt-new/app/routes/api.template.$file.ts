import { type LoaderFunctionArgs } from '@remix-run/node';
import { readStarterFile, readStarterByName } from '~/lib/.server/templates';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const file = params.file ?? 'index.html';

  if (url.searchParams.get('named') === '1') {
    return new Response(await readStarterByName(file), { headers: { 'content-type': 'text/plain' } });
  }

  const starter = url.searchParams.get('starter') ?? 'vite-react';
  const body = await readStarterFile(starter, file);

  return new Response(body, { headers: { 'content-type': 'text/plain' } });
}
