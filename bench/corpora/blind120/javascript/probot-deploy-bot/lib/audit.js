function logIssue(repo, login, title) {
  // expect: log-injection
  console.log(`[issues] ${repo}: ${login} opened "${title}"`);
}

function logIssueJson(repo, login, title) {
  console.log(JSON.stringify({ event: 'issue', repo, login, title }));
}

module.exports = { logIssue, logIssueJson };
