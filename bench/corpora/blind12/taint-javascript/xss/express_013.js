// library: Express + HTML response (array join)
// HTML response (array join): value from the request (body)
const express = require('express');

const router = express.Router();

router.post('/comment', async (req, res) => {
  let param = req.body.comment;
  if (!param) {
    param = '';
  }
  const target = 'A';
  let bar;
  switch (target) {
    case 'A':
      bar = param;
      break;
    case 'B':
      bar = 'visitor';
      break;
    default:
      bar = 'member';
  }
  const parts = [];
  parts.push('<p class="comment">');
  parts.push(bar);
  parts.push('</p>');
  // expect: xss
  res.send(parts.join(''));
});

module.exports = router;
