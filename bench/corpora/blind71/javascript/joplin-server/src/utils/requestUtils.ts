import * as formidable from 'formidable';
import { AppContext } from './types';

export interface FormParseResult {
	fields: Record<string, string>;
	files: Record<string, formidable.File>;
}

export async function formParse(ctx: AppContext): Promise<FormParseResult> {
	if (ctx.is('application/json')) {
		return { fields: (ctx.request as any).body || {}, files: {} };
	}
	const form = formidable({ multiples: false });
	return new Promise((resolve, reject) => {
		form.parse(ctx.req, (error, fields, files) => {
			if (error) return reject(error);
			resolve({ fields: fields as Record<string, string>, files: files as any });
		});
	});
}

export async function bodyFields<T>(ctx: AppContext): Promise<T> {
	const form = await formParse(ctx);
	return form.fields as unknown as T;
}

// Query string value with a default, the helper every route uses.
export function queryParam(ctx: AppContext, name: string, defaultValue = ''): string {
	const value = ctx.query[name];
	if (Array.isArray(value)) return value[0] ?? defaultValue;
	return value ?? defaultValue;
}

export function isValidOrigin(requestOrigin: string, baseUrl: string): boolean {
	try {
		return new URL(requestOrigin, baseUrl).origin === new URL(baseUrl).origin;
	} catch {
		return false;
	}
}
