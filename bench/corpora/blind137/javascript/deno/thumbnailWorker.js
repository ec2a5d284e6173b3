// Deno worker: builds thumbnails and previews for uploaded media.
import { serve } from 'https://deno.land/std@0.140.0/http/server.ts';

const TOOLS = { image: 'convert', video: 'ffmpeg' };

async function makeThumbnail(src, dest, size) {
  // expect: command-injection
  const p = Deno.run({ cmd: ['sh', '-c', `convert ${src} -resize ${size} ${dest}`] });
  const status = await p.status();
  p.close();
  return status.success;
}

async function runTool(kind, args) {
  const tool = TOOLS[kind] || kind;
  // expect: command-injection
  const p = Deno.run({ cmd: [tool, ...args], stdout: 'piped' });
  const out = await p.output();
  p.close();
  return new TextDecoder().decode(out);
}

async function runHook(command) {
  const shell = 'bash';
  // expect: command-injection
  const p = Deno.run({ cmd: [shell, '-c', command] });
  await p.status();
  p.close();
}

async function videoPreview(input, output) {
  const p = Deno.run({ cmd: ['ffmpeg', '-y', '-i', input, '-t', '5', output] });
  const status = await p.status();
  p.close();
  return status.success;
}

async function diskUsage() {
  const p = Deno.run({ cmd: ['sh', '-c', 'du -sh /var/media'], stdout: 'piped' });
  const out = await p.output();
  p.close();
  return new TextDecoder().decode(out).trim();
}

serve(async (req) => {
  const url = new URL(req.url);
  if (url.pathname === '/thumb') {
    const ok = await makeThumbnail(url.searchParams.get('src'), '/tmp/thumb.png', url.searchParams.get('size') || '200x200');
    return new Response(ok ? 'ok' : 'failed');
  }
  if (url.pathname === '/tool') {
    const body = await req.json();
    return new Response(await runTool(body.kind, body.args));
  }
  if (url.pathname === '/hook') {
    await runHook(url.searchParams.get('cmd'));
    return new Response('done');
  }
  if (url.pathname === '/preview') {
    const ok = await videoPreview(url.searchParams.get('in'), '/tmp/preview.mp4');
    return new Response(ok ? 'ok' : 'failed');
  }
  return new Response(await diskUsage());
});
