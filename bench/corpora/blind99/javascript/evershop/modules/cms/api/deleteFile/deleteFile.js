import { removeMediaFile } from '../../../lib/mediaFolder.js';
import { INVALID_PAYLOAD, OK } from '../../../lib/httpStatus.js';

export default async (request, response, delegate, next) => {
  try {
    removeMediaFile(request.params[0]);
    response.status(OK).json({ data: { path: request.params[0] } });
  } catch (e) {
    response.status(INVALID_PAYLOAD).json({ error: { status: INVALID_PAYLOAD, message: e.message } });
  }
};
