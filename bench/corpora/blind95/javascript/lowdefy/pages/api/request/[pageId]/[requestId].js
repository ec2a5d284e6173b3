import apiWrapper from '../../../../lib/api/apiWrapper.js';
import callRequest from '../../../../lib/api/callRequest.js';

async function handler({ context, req, res }) {
  if (req.method !== 'POST') {
    throw new Error('Only POST requests are supported.');
  }
  const { pageId, requestId } = req.query;
  const { blockId, payload } = req.body;
  const response = await callRequest(context, { blockId, pageId, payload, requestId });
  res.status(200).json(response);
}

export default apiWrapper(handler);
