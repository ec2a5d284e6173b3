const fs = require('fs');

class Logger {
  log(message, level = 'INFO') {
    const line = `[${new Date().toISOString()}] [${level}] ${message}`;
    // expect: log-injection
    console.log(line);
    fs.appendFileSync('data/flame.log', JSON.stringify({ level, message }) + '\n');
  }
}

module.exports = Logger;
