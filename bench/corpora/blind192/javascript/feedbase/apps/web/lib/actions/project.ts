'use server';

import { revalidatePath } from 'next/cache';

import { withProjectAuth } from '@/lib/auth';
import { uploadProjectAsset } from '@/lib/api/storage';

const MAX_ICON_BYTES = 512 * 1024;

export async function updateProjectName(slug: string, formData: FormData) {
  const name = String(formData.get('name') ?? '').trim();
  if (!name || name.length > 40) {
    return { error: 'Name must be between 1 and 40 characters.' };
  }
  const { error } = await withProjectAuth(slug, 'server', async (project, supabase) => {
    return supabase.from('projects').update({ name }).eq('id', project.id);
  });
  if (error) return { error: error.message };
  revalidatePath(`/${slug}/settings/general`);
  return { error: null };
}

// "Import icon from URL" in project settings: the server downloads the image and stores it.
export async function importProjectIcon(slug: string, formData: FormData) {
  const iconUrl = String(formData.get('iconUrl') ?? '');
  if (!/^https?:\/\//i.test(iconUrl)) {
    return { error: 'Icon URL must start with http:// or https://' };
  }
  return withProjectAuth(slug, 'server', async (project) => {
    // expect: ssrf
    const response = await fetch(iconUrl, { cache: 'no-store' });
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.startsWith('image/')) {
      return { data: null, error: { message: 'URL is not an image.', status: 400 } };
    }
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > MAX_ICON_BYTES) {
      return { data: null, error: { message: 'Icon is too large.', status: 400 } };
    }
    const path = await uploadProjectAsset(project.id, 'icon', bytes, contentType);
    revalidatePath(`/${slug}/settings/general`);
    return { data: { path }, error: null };
  });
}
