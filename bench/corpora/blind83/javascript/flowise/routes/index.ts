import express from 'express';
import nodesController from '../controllers/nodes';
import chatMessagesController from '../controllers/chat-messages';
import fetchLinksController from '../controllers/fetch-links';
import getUploadFileController from '../controllers/get-upload-file';

const router = express.Router();

router.post('/node-custom-function', nodesController.executeCustomFunction);
router.get('/chatmessage/:id', chatMessagesController.getAllChatMessages);
router.get('/fetch-links', fetchLinksController.getAllLinks);
router.get('/get-upload-file', getUploadFileController.streamUploadedFile);

export default router;
