// Description:
//   Keeps notes posted over HTTP and shows them on a page.
//
// URLS:
//   POST /hubot/notes/:room
//   GET /hubot/notes

const escapeHtml = require('escape-html');

module.exports = (robot) => {
  robot.router.post('/hubot/notes/:room', (req, res) => {
    const notes = robot.brain.get('notes') || [];
    const entry = { room: req.params.room, text: req.body.text || '', by: req.body.author || 'anon' };
    notes.push(entry);
    robot.brain.set('notes', notes);
    robot.messageRoom(req.params.room, `note from ${entry.by}`);
    res.send('OK');
  });

  robot.router.get('/hubot/notes', (req, res) => {
    const notes = robot.brain.get('notes') || [];
    const items = notes.map((n) => `<li>${n.by}: ${n.text}</li>`).join('');
    res.setHeader('content-type', 'text/html');
    // expect: xss
    res.end(`<ul>${items}</ul>`);
  });

  robot.router.get('/hubot/notes/safe', (req, res) => {
    const notes = robot.brain.get('notes') || [];
    const items = notes.map((n) => `<li>${escapeHtml(n.by)}: ${escapeHtml(n.text)}</li>`).join('');
    res.setHeader('content-type', 'text/html');
    res.end(`<ul>${items}</ul>`);
  });
};
