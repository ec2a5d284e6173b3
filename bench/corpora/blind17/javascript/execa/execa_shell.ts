// library: execa
import { execa, execaCommand } from 'execa';
import type { Request, Response } from 'express';

export async function convertImage(req: Request, res: Response) {
  const { file, width } = req.body as { file: string; width: string };
  // expect: command-injection
  await execa(`convert uploads/${file} -resize ${width} out/${file}.png`, { shell: true });
  res.sendStatus(204);
}

export async function probe(req: Request, res: Response) {
  // expect: command-injection
  const { stdout } = await execa('sh', ['-c', 'ffprobe -v quiet -print_format json ' + req.query.src]);
  res.type('application/json').send(stdout);
}

export async function convertImageSafe(req: Request, res: Response) {
  const { file } = req.body as { file: string };
  const width = Number.parseInt(String(req.body.width), 10);
  if (!/^[\w.-]+$/.test(file) || !Number.isInteger(width) || width <= 0) {
    return res.status(400).end();
  }
  await execa('convert', [`uploads/${file}`, '-resize', String(width), `out/${file}.png`]);
  res.sendStatus(204);
}

export async function diskUsage(_req: Request, res: Response) {
  const { stdout } = await execaCommand('df -h /var/lib/app');
  res.type('text/plain').send(stdout);
}
