// execa: shell option and sh -c with user input, next to argument arrays
import { execa } from 'execa';

export async function previewMarkdown(filename) {
  // expect: command-injection
  const { stdout } = await execa(`pandoc ${filename} -t html`, { shell: true });
  return stdout;
}

export async function previewMarkdownSafely(filename) {
  const { stdout } = await execa('pandoc', [filename, '-t', 'html']);
  return stdout;
}

export async function lintPath(target) {
  // expect: command-injection
  const { exitCode } = await execa('sh', ['-c', `eslint ${target}`], { reject: false });
  return exitCode === 0;
}

export async function nodeVersion() {
  const { stdout } = await execa('node', ['--version']);
  return stdout.trim();
}

export async function lintPathSafely(target) {
  const { exitCode } = await execa('eslint', ['--', target], { reject: false });
  return exitCode === 0;
}
