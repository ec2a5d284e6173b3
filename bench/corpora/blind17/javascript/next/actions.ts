// library: Next.js server actions
'use server';
import { execFile, exec } from 'child_process';
import { promisify } from 'util';
import { redirect } from 'next/navigation';

const execFileP = promisify(execFile);
const execP = promisify(exec);

export async function generateThumbnail(formData: FormData) {
  const name = String(formData.get('name'));
  // expect: command-injection
  await execP(`magick public/uploads/${name} -thumbnail 200x200 public/thumbs/${name}`);
  return { ok: true };
}

export async function afterSave(formData: FormData) {
  // expect: open-redirect
  redirect(String(formData.get('returnTo')));
}

export async function generateThumbnailSafe(formData: FormData) {
  const name = String(formData.get('name'));
  if (!/^[\w-]+\.(png|jpe?g)$/.test(name)) throw new Error('bad file name');
  await execFileP('magick', [`public/uploads/${name}`, '-thumbnail', '200x200', `public/thumbs/${name}`]);
  return { ok: true };
}

export async function afterSaveSafe(formData: FormData) {
  const to = String(formData.get('returnTo') ?? '');
  redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/dashboard');
}
