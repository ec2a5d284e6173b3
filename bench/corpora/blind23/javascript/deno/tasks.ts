// deno: task runner script for the static site
const args = Deno.args;
const [task, target = 'public'] = args;

async function build(): Promise<void> {
  const cmd = new Deno.Command('npx', { args: ['vite', 'build', '--outDir', target] });
  const { code } = await cmd.output();
  if (code !== 0) throw new Error('build failed');
}

async function deploy(host: string): Promise<void> {
  // expect: command-injection
  const p = Deno.run({ cmd: ['sh', '-c', `rsync -az ${target}/ ${host}:/srv/www/`] });
  await p.status();
}

async function deploySafe(host: string): Promise<void> {
  const cmd = new Deno.Command('rsync', { args: ['-az', `${target}/`, `${host}:/srv/www/`] });
  await cmd.output();
}

async function hook(script: string): Promise<void> {
  // expect: command-injection
  const cmd = new Deno.Command('bash', { args: ['-c', script] });
  await cmd.output();
}

async function clean(): Promise<void> {
  await Deno.remove(target, { recursive: true });
}

async function serve(): Promise<void> {
  const cmd = new Deno.Command('deno', { args: ['run', '--allow-net', '--allow-read', 'jsr:@std/http/file-server', target] });
  await cmd.spawn().status;
}

switch (task) {
  case 'build': await build(); break;
  case 'deploy': await deploy(args[2]); break;
  case 'deploy2': await deploySafe(args[2]); break;
  case 'hook': await hook(args[2]); break;
  case 'clean': await clean(); break;
  default: await serve();
}
