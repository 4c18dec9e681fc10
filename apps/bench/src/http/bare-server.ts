// Child process: the HTTP baseline, a bare node:http server that reads the body and answers a
// fixed interaction response. Kizuna's endpoint can only be slower; the ratio says by how much.
import { createServer } from 'node:http';

const reply = JSON.stringify({ type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } });
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
    res.end(reply);
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
