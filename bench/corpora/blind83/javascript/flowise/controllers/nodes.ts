import { NextFunction, Request, Response } from 'express';
import nodesService from '../services/nodes';
import { InternalFlowiseError } from '../utils/errors';

const executeCustomFunction = async (req: Request, res: Response, next: NextFunction) => {
  try {
    if (typeof req.body === 'undefined') {
      throw new InternalFlowiseError(412, 'Error: nodesController.executeCustomFunction - body not provided!');
    }
    const orgId = req.user?.activeOrganizationId;
    const apiResponse = await nodesService.executeCustomFunction(req.body, orgId);
    return res.json(apiResponse);
  } catch (error) {
    next(error);
  }
};

export default { executeCustomFunction };
