// library: Fastify + sendFile / stream
// sendFile / stream: value from the request (header)
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, 'uploads');

module.exports = async function routes(fastify) {
  fastify.get('/download', async (request, reply) => {
    const param = request.headers['x-doc'] ?? '';
    const bar = param;
    return reply.send(fs.createReadStream(path.join(UPLOAD_DIR, path.basename(bar))));
  });
};
