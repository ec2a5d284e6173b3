import { testHook } from '../../hooks/test';

type HookInput = { projectId: string; hookType: 'SLACK_HOOK' | 'GENERIC_HOOK' | 'TEAMS_HOOK'; url: string; headers?: string };

export const projectsResolvers = {
  Mutation: {
    testHook: async (_: unknown, { input }: { input: HookInput }) => testHook(input),
  },
};
