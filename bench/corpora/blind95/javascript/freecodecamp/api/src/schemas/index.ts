import { Type } from '@fastify/type-provider-typebox';

export const signout = { querystring: Type.Object({ returnTo: Type.Optional(Type.String()) }) };
export const signinCallback = { querystring: Type.Object({ returnTo: Type.Optional(Type.String({ format: 'uri-reference' })) }) };
export const certSlug = { params: Type.Object({ username: Type.String({ minLength: 1 }), certSlug: Type.String() }) };
export const challengeSearch = { querystring: Type.Object({ q: Type.String({ maxLength: 100 }), block: Type.Optional(Type.String()) }) };
export const portfolio = { body: Type.Object({ url: Type.String({ format: 'uri' }), title: Type.String() }) };
