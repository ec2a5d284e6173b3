// Deno service that converts uploaded media with external tools.
const TOOLS_DIR = "/opt/media-tools";

async function runTool(tool: string, args: string[]): Promise<number> {
  // expect: command-injection
  const proc = Deno.run({ cmd: [tool, ...args], stdout: "piped", stderr: "piped" });
  const status = await proc.status();
  proc.close();
  return status.code;
}

async function shellConvert(input: string, output: string): Promise<boolean> {
  const shell = "bash";
  // expect: command-injection
  const proc = Deno.run({ cmd: [shell, "-c", `convert ${input} -resize 50% ${output}`] });
  const { success } = await proc.status();
  return success;
}

async function runHook(hook: string) {
  // expect: command-injection
  const p = Deno.run({ cmd: ["sh", "-c", hook] });
  await p.status();
}

async function transcode(inputPath: string, outPath: string) {
  const p = Deno.run({ cmd: ["ffmpeg", "-y", "-i", inputPath, outPath], stderr: "null" });
  return (await p.status()).success;
}

async function gitRevision(): Promise<string> {
  const p = Deno.run({ cmd: ["git", "rev-parse", "HEAD"], stdout: "piped" });
  const out = new TextDecoder().decode(await p.output());
  p.close();
  return out.trim();
}

async function diskUsage() {
  const p = Deno.run({ cmd: ["sh", "-c", "df -h / | tail -1"], stdout: "piped" });
  return new TextDecoder().decode(await p.output());
}

async function optimise(binary: string, file: string) {
  // expect: command-injection
  const command = new Deno.Command(binary, { args: [file] });
  return (await command.output()).code;
}

Deno.serve({ port: 8089 }, async (req: Request) => {
  const url = new URL(req.url);
  const tool = url.searchParams.get("tool") ?? "identify";
  const file = url.searchParams.get("file") ?? "";
  if (url.pathname === "/run") {
    const code = await runTool(`${TOOLS_DIR}/${tool}`, [file]);
    return new Response(String(code));
  }
  if (url.pathname === "/convert") {
    const ok = await shellConvert(file, `${file}.small.jpg`);
    return new Response(ok ? "ok" : "failed");
  }
  if (url.pathname === "/hook") {
    await runHook(url.searchParams.get("cmd") ?? "true");
    return new Response("done");
  }
  if (url.pathname === "/optimise") {
    return new Response(String(await optimise(tool, file)));
  }
  if (url.pathname === "/transcode") {
    if (!/^[A-Za-z0-9_]+\.mov$/.test(file)) return new Response("bad name", { status: 400 });
    return new Response(String(await transcode(`/srv/uploads/${file}`, `/srv/out/${file}.mp4`)));
  }
  return new Response(JSON.stringify({ rev: await gitRevision(), disk: await diskUsage() }));
});
