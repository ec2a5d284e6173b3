import { EventEmitter } from 'events';

export interface GitImportRequested {
  repoUrl: string;
  branch: string;
  workspaceId: string;
  requestId: string;
}

export interface GitStatusRequested {
  repoName: string;
  requestId: string;
}

class GitEvents extends EventEmitter {
  requestImport(payload: GitImportRequested): void {
    this.emit('git:import', payload);
  }

  requestStatus(payload: GitStatusRequested): void {
    this.emit('git:status', payload);
  }
}

export const gitEvents = new GitEvents();
gitEvents.setMaxListeners(20);

export type GitEventName = 'git:import' | 'git:status';

export function listenerCounts(): Record<GitEventName, number> {
  return {
    'git:import': gitEvents.listenerCount('git:import'),
    'git:status': gitEvents.listenerCount('git:status'),
  };
}
