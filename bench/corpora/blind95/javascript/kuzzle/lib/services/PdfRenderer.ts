import { execFile, exec } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export class PdfRenderer {
  constructor(private outputDir: string) {}

  async render(name: string, format: string, body: any) {
    const input = path.join(this.outputDir, `${Date.now()}.html`);
    await fs.writeFile(input, String(body.html ?? ''));
    const output = path.join(this.outputDir, `${name}.${format}`);
    // expect: command-injection
    await execAsync(`wkhtmltopdf ${input} ${output}`);
    return { output };
  }

  async renderChecked(name: string, body: any) {
    if (!/^[\w-]{1,64}$/.test(name)) throw new Error('invalid name');
    const input = path.join(this.outputDir, `${Date.now()}.html`);
    await fs.writeFile(input, String(body.html ?? ''));
    const output = path.join(this.outputDir, `${name}.pdf`);
    await execFileAsync('wkhtmltopdf', ['--disable-javascript', input, output]);
    return { output };
  }
}
