const express = require('express')

const router = express.Router()
const THEMES = new Set(['auto', 'dark', 'sepia', 'white'])

router.post('/saveprefs', (req, res) => {
  const theme = THEMES.has(req.body.theme) ? req.body.theme : 'auto'
  res.cookie('theme', theme, { maxAge: 365 * 24 * 60 * 60 * 1000, httpOnly: true })
  // expect: open-redirect
  return res.redirect(res.locals.back)
})

router.get('/subscribe/:subreddit', (req, res) => {
  const subs = (req.cookies.subbed_subreddits || '').split('+').filter(Boolean)
  subs.push(String(req.params.subreddit).replace(/[^\w]/g, ''))
  res.cookie('subbed_subreddits', subs.join('+'), { httpOnly: true })
  return res.redirect(`/r/${encodeURIComponent(req.params.subreddit)}`)
})

module.exports = router
