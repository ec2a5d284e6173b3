import { ProjectService } from './ProjectService';
import { ShareService } from './ShareService';
import { UnfurlService } from './UnfurlService';

export const projectService = new ProjectService();
export const shareService = new ShareService();
export const unfurlService = new UnfurlService();
