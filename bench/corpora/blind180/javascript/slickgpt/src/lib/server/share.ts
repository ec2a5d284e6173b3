import type { SupabaseClient } from '@supabase/supabase-js';
import { randomBytes } from 'node:crypto';

export interface SharedChat {
	slug: string;
	title: string;
	model: string;
	messages: { role: string; content: string }[];
	update_token: string;
	created_at: string;
}

const SLUG = /^[A-Za-z0-9_-]{10,24}$/;

export const newSlug = () => randomBytes(9).toString('base64url');
export const newUpdateToken = () => randomBytes(24).toString('hex');

export async function getSharedChat(supabase: SupabaseClient, slug: string): Promise<SharedChat | null> {
	if (!SLUG.test(slug)) {
		return null;
	}
	const { data } = await supabase.from('shared_chats').select('*').eq('slug', slug).maybeSingle();
	return data;
}

export async function saveSharedChat(supabase: SupabaseClient, chat: Omit<SharedChat, 'slug' | 'update_token' | 'created_at'>) {
	const slug = newSlug();
	const updateToken = newUpdateToken();
	const { error } = await supabase
		.from('shared_chats')
		.insert({ slug, title: chat.title.slice(0, 200), model: chat.model, messages: chat.messages, update_token: updateToken });
	if (error) {
		throw error;
	}
	return { slug, updateToken };
}

export const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch] as string);
