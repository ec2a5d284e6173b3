import express from 'express';
import { body, validationResult } from 'express-validator';

import AstController from '../controllers/Ast/AstController';

const router = express.Router();
const astController = new AstController();

const validate = (req: express.Request, res: express.Response, next: express.NextFunction) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ success: false, errors: errors.array() });
  }
  next();
};

router.post('/single-script-data', body('script').isString(), body('evalVersion').optional().isInt(), validate, astController.getIdentifierDataFromScript);
router.post('/multiple-script-data', body('scripts').isArray(), validate, astController.getIdentifierDataFromMultipleScripts);
router.post('/preview-binding', body('binding').isString().isLength({ max: 10000 }), validate, astController.previewBinding);
router.post('/enqueue-evaluation', body('code').isString(), validate, astController.enqueueEvaluation);
router.get('/saved-scripts', astController.listSavedScripts);

export default router;

router.get('/limits', (_req, res) => {
  res.json({
    success: true,
    data: {
      maxScriptLength: 10000,
      maxScriptsPerRequest: 50,
      evalVersions: [1, 2],
    },
  });
});
