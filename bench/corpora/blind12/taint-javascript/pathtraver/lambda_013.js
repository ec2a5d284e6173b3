// library: AWS Lambda + fs.promises.readFile
// fs.promises.readFile: value from the request (query)
const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, 'uploads');

exports.handler = async (event) => {
  let param = event.queryStringParameters?.file;
  if (!param) {
    param = '';
  }
  const target = 'C';
  let bar;
  switch (target) {
    case 'A':
      bar = 'readme.txt';
      break;
    case 'B':
      bar = 'terms.txt';
      break;
    default:
      bar = param;
  }
  // expect: path-traversal
  const data = await fs.promises.readFile(`${UPLOAD_DIR}/${bar}`, 'utf8');
  return { statusCode: 200, body: JSON.stringify({ size: data.length }) };
};
