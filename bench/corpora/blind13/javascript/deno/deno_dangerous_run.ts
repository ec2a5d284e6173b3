// library: Deno subprocess APIs (Deno.Command / Deno.run)
const ALLOWED_FORMATS = new Set(['png', 'webp', 'jpeg']);

export async function convert(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const file = url.searchParams.get('file') ?? '';
  const format = url.searchParams.get('format') ?? 'png';

  // expect: command-injection
  const shell = new Deno.Command('sh', { args: ['-c', `convert uploads/${file} out.${format}`] });
  await shell.output();

  if (!ALLOWED_FORMATS.has(format) || !/^[\w-]+\.(png|jpe?g)$/.test(file)) {
    return new Response('bad request', { status: 400 });
  }
  const direct = new Deno.Command('convert', { args: [`uploads/${file}`, `out.${format}`] });
  const { code } = await direct.output();
  return new Response(code === 0 ? 'ok' : 'failed');
}

export async function gitStatus(repo: string) {
  const cmd = new Deno.Command('git', { args: ['-C', repo, 'status', '--porcelain'], stdout: 'piped' });
  return new TextDecoder().decode((await cmd.output()).stdout);
}

export async function legacyPing(host: string) {
  // expect: command-injection
  const p = Deno.run({ cmd: ['bash', '-c', 'ping -c 1 ' + host], stdout: 'piped' });
  return new TextDecoder().decode(await p.output());
}

export async function cleanup() {
  await new Deno.Command('sh', { args: ['-c', 'rm -rf ./tmp/cache/*'] }).output();
}
