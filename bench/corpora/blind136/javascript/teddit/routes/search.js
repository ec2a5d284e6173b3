const express = require('express')
const fetch = require('node-fetch')
const escape = require('escape-html')

const router = express.Router()

router.get('/r/:subreddit/search', async (req, res) => {
  const { subreddit } = req.params
  const q = req.query.q || ''
  const response = await fetch(`https://www.reddit.com/r/${encodeURIComponent(subreddit)}/search.json?q=${encodeURIComponent(q)}&restrict_sr=on`)
  const json = await response.json()
  if (!json.data || json.data.children.length === 0) {
    // expect: xss
    return res.send(`<html><body class="${res.locals.theme}"><p>No results for ${q} in r/${escape(subreddit)}</p></body></html>`)
  }
  res.render('search', { q, subreddit, posts: json.data.children, theme: res.locals.theme })
})

module.exports = router
