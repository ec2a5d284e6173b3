import { Router } from 'express';
import * as projects from '../controllers/projectsController';

const router = Router();

router.get('/', projects.list);
router.get('/search', projects.search);
router.get('/:projectId/attachments/:fileName', projects.attachment);
router.get('/:projectId/attachments-safe/:fileName', projects.attachmentSafe);
router.get('/:projectId/export', projects.exportProject);
router.post('/:projectId/labels', projects.addLabel);
router.get('/messages', projects.messages);

export default router;
