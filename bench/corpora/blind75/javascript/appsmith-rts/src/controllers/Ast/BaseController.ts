import type { Response } from 'express';
import { StatusCodes } from 'http-status-codes';

export interface ResponseData {
  success: boolean;
  message?: string;
  data?: unknown;
}

export default class BaseController {
  sendResponse(res: Response, result?: unknown, message?: string, code: number = StatusCodes.OK): Response<ResponseData> {
    return res.status(code).json({ success: true, message, data: result });
  }

  sendError(res: Response, error: string, errorMessage: unknown[] = [], code: number = StatusCodes.BAD_REQUEST): Response<ResponseData> {
    return res.status(code).json({ success: false, message: error, data: errorMessage });
  }
}

export const statusForError = (err: unknown): number => {
  if (err instanceof SyntaxError) return StatusCodes.UNPROCESSABLE_ENTITY;
  if (err instanceof RangeError) return StatusCodes.PAYLOAD_TOO_LARGE;
  return StatusCodes.INTERNAL_SERVER_ERROR;
};

export class EntityController extends BaseController {
  sendNotFound(res: Response, entity: 'script' | 'workspace' | 'job'): Response<ResponseData> {
    return res.status(StatusCodes.NOT_FOUND).json({ success: false, message: `${entity} not found` });
  }

  sendFailure(res: Response, err: unknown): Response<ResponseData> {
    const code = statusForError(err);
    return res.status(code).json({ success: false, message: code === StatusCodes.INTERNAL_SERVER_ERROR ? 'internal error' : 'invalid input' });
  }
}
