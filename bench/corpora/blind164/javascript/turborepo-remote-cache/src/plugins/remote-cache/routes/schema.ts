export const artifactParams = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-fA-F0-9]{1,128}$' },
  },
  required: ['id'],
} as const

// Team ids and slugs come from `turbo login`/`--team`; keep them to plain names.
export const teamQuerystring = {
  type: 'object',
  properties: {
    teamId: { type: 'string', pattern: '^[\\w.-]{1,64}$' },
    slug: { type: 'string', pattern: '^[\\w.-]{1,64}$' },
  },
  anyOf: [{ required: ['teamId'] }, { required: ['slug'] }],
} as const

// Older turbo clients send `team` instead; accepted as-is on the read path.
export const legacyTeamQuerystring = {
  type: 'object',
  properties: {
    teamId: { type: 'string' },
    slug: { type: 'string' },
    team: { type: 'string' },
  },
} as const

export const artifactsEventsBody = {
  type: 'array',
  maxItems: 500,
  items: {
    type: 'object',
    properties: {
      sessionId: { type: 'string', format: 'uuid' },
      source: { type: 'string', enum: ['LOCAL', 'REMOTE'] },
      event: { type: 'string', enum: ['HIT', 'MISS'] },
      hash: { type: 'string', maxLength: 256 },
      duration: { type: 'number', minimum: 0 },
    },
    required: ['sessionId', 'source', 'event', 'hash'],
  },
} as const
