/*
 * Endpoint base in the shape Misskey uses: a meta block, a JSON-schema paramDef,
 * and an exec callback that receives the validated params (ps) and the caller.
 */

import Ajv from 'ajv';

const ajv = new Ajv({ useDefaults: true, coerceTypes: true });

export type LocalUser = { id: string; username: string; isAdmin: boolean; isModerator: boolean };

export type IEndpointMeta = {
	requireCredential?: boolean;
	requireModerator?: boolean;
	tags?: string[];
};

type Executor<P> = (ps: P, me: LocalUser | null, token: string | null, ip: string | null, headers: Record<string, string | undefined>) => Promise<unknown>;

export abstract class Endpoint<P = any> {
	public exec: (params: unknown, user: LocalUser | null, token: string | null, ip?: string | null, headers?: Record<string, string | undefined>) => Promise<unknown>;

	constructor(public meta: IEndpointMeta, paramDef: object, cb: Executor<P>) {
		const validate = ajv.compile(paramDef);
		this.exec = (params, user, token, ip = null, headers = {}) => {
			if (!validate(params)) {
				return Promise.reject(new Error(`INVALID_PARAM: ${ajv.errorsText(validate.errors)}`));
			}
			return cb(params as P, user, token, ip, headers);
		};
	}
}
