// child_process: spawn / execFile with shell: true and a job payload
import { spawn, execFile } from 'child_process';

export function runUserCommand(job) {
  // expect: command-injection
  const child = spawn(job.command, { shell: true, stdio: 'pipe' });
  return new Promise((resolve) => child.on('close', resolve));
}

export function resize(job) {
  // expect: command-injection
  const child = spawn(`convert ${job.src} -resize 50% ${job.dst}`, [], { shell: true });
  return new Promise((resolve) => child.on('close', resolve));
}

export function grepLogs(job) {
  // expect: command-injection
  execFile('grep', [job.pattern, '/var/log/app.log'], { shell: true }, () => {});
}

export function transcode(job) {
  const args = ['-i', job.src, '-c:v', 'libx264', job.dst];
  const child = spawn('ffmpeg', args, { stdio: 'ignore' });
  return new Promise((resolve) => child.on('close', resolve));
}

export function listLogs() {
  const child = spawn('ls -1 /var/log/app', { shell: true });
  return new Promise((resolve) => child.on('close', resolve));
}

export function grepLogsSafely(job) {
  execFile('grep', ['-F', '--', job.pattern, '/var/log/app.log'], () => {});
}
