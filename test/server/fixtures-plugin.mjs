// Test endpoints under /__fixtures/ for the robustness tests: slow, failing, huge and broken
// responses that a static file server cannot give. A koa middleware for @web/dev-server, added to
// the `middleware` array of web-test-runner.config.mjs. Only for tests: it never runs in the demo.
//
//   /__fixtures/dataset?title=T&n=N       a dataset titled T with N events (default 3)
//   /__fixtures/slow?ms=800&title=T&id=K  the same dataset after ms; records under K whether the
//                                         client went away (aborted) before the answer
//   /__fixtures/flaky?id=K&fail=1&how=500 the first `fail` requests for K fail (500, or the socket
//                                         is destroyed with how=network), later ones succeed;
//                                         fail=heal: every request fails until /__fixtures/heal?id=K
//                                         (Chrome may resend a GET whose socket was reset, so a
//                                         network failure is best ended by the test, not a count)
//   /__fixtures/heal?id=K                 makes flaky?id=K&fail=heal succeed from now on
//   /__fixtures/huge?mb=21&declare=1&id=K a JSON array of mb MB streamed in 64 KB chunks, with no
//                                         Content-Length (declare=1: with one); records under K
//                                         whether the client stopped reading before the end
//   /__fixtures/not-json                  200 text/html
//   /__fixtures/not-a-dataset             200 JSON that is neither an array nor { events: [] }
//   /__fixtures/status?code=404           that status with a short text body
//   /__fixtures/network-error             no answer: the socket is destroyed
//   /__fixtures/json?b=<base64url>        the given JSON text (for XSS payloads via src)
//   /__fixtures/log?id=K                  what happened to requests with id K: { requests, aborted, completed }
//   /__fixtures/source-files              the paths of every file under src/ (for source checks)
//   /__fixtures/bytes?file=F&type=T       test/fixtures/encodings/F as it is, sent with exactly the
//                                         Content-Type T (no Content-Type at all without type=)
//   /__fixtures/pathological?kind=K       JSON no dataset needs: kind=deep&n=N, an event followed by
//                                         arrays nested N deep (in an unknown field with at=extra);
//                                         kind=long-title&mb=M, an event whose title is M MB long;
//                                         kind=proto, events beside "__proto__" and "constructor" keys
import { Readable } from 'node:stream';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = '/__fixtures/';

/** Requests seen per id, for flaky endpoints and for checking cancellation. */
const log = new Map();

function entry(id) {
  if (!log.has(id)) log.set(id, { requests: 0, aborted: 0, completed: 0, healed: false });
  return log.get(id);
}

function dataset(title, n = 3) {
  return {
    title,
    events: Array.from({ length: n }, (_, i) => ({
      id: `${title}-${i}`,
      start: `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      title: `${title} event ${i}`,
    })),
  };
}

function json(ctx, value, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(value);
}

/** A readable stream of `bytes` bytes of a valid JSON array of strings, made chunk by chunk. */
function hugeBody(bytes) {
  const CHUNK = 64 * 1024;
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) return this.push(null);
      let chunk;
      if (sent === 0) chunk = '["' + 'x'.repeat(CHUNK - 2);
      else if (bytes - sent <= CHUNK) chunk = 'x'.repeat(Math.max(0, bytes - sent - 2)) + '"]';
      else chunk = 'x'.repeat(CHUNK);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

async function listFiles(dir) {
  const out = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/** The JSON text of a /__fixtures/pathological answer. */
function pathological(kind, q) {
  const event = '{"id":"ok","start":"2001","title":"Still here"}';
  if (kind === 'deep') {
    const n = Number(q.n ?? 100000);
    const nested = '['.repeat(n) + ']'.repeat(n);
    return q.at === 'extra'
      ? `{"events":[${event},{"id":"deep","start":"2002","title":"Deep","extra":${nested}}]}`
      : `{"events":[${event},${nested}]}`;
  }
  if (kind === 'long-title') {
    const title = 'x'.repeat(Math.round(Number(q.mb ?? 15) * 1024 * 1024));
    return `{"events":[${event},{"id":"long","start":"2002","title":"${title}"}]}`;
  }
  if (kind === 'proto') {
    return `{"__proto__":{"polluted":"dataset","events":[]},"constructor":{"prototype":{"polluted":"constructor"}},"events":[
      {"id":"a","start":"2001","title":"A","__proto__":{"polluted":"event","title":"from the prototype"}},
      {"id":"b","start":"2002","title":"B","constructor":{"prototype":{"polluted":"event constructor"}}},
      {"__proto__":{"id":"c","start":"2003","title":"only in __proto__"}},
      {"id":"d","start":"2004","title":"D","links":[{"href":"/x","__proto__":{"label":"polluted label"}}],"people":{"__proto__":["x"]}}
    ]}`;
  }
  return 'null';
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The koa middleware: answers every /__fixtures/ request, passes everything else on. */
export async function fixturesMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const q = ctx.query;
  const name = ctx.path.slice(PREFIX.length);
  switch (name) {
    case 'dataset':
      return json(ctx, dataset(String(q.title ?? 'A'), Number(q.n ?? 3)));
    case 'slow': {
      const id = String(q.id ?? '');
      const seen = entry(id);
      seen.requests++;
      let gone = false; // the client went away (aborted) before the answer
      ctx.res.once('close', () => {
        if (!ctx.res.writableFinished) gone = true;
      });
      await sleep(Number(q.ms ?? 800));
      if (gone) {
        seen.aborted++;
        ctx.respond = false;
        return;
      }
      seen.completed++;
      return json(ctx, dataset(String(q.title ?? 'slow'), Number(q.n ?? 3)));
    }
    case 'flaky': {
      const seen = entry(String(q.id ?? ''));
      seen.requests++;
      if (q.fail === 'heal' ? !seen.healed : seen.requests <= Number(q.fail ?? 1)) {
        if (q.how === 'network') {
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        }
        ctx.status = 500;
        ctx.body = 'temporarily broken';
        return;
      }
      seen.completed++;
      return json(ctx, dataset(String(q.title ?? 'flaky')));
    }
    case 'huge': {
      const bytes = Math.round(Number(q.mb ?? 21) * 1024 * 1024);
      const seen = entry(String(q.id ?? ''));
      seen.requests++;
      ctx.res.once('close', () => (ctx.res.writableFinished ? seen.completed++ : seen.aborted++));
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = hugeBody(bytes);
      if (q.declare) ctx.length = bytes;
      else ctx.remove('Content-Length');
      return;
    }
    case 'not-json':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>This is a web page, not JSON.</p>';
      return;
    case 'not-a-dataset':
      return json(ctx, { hello: 'world', items: [1, 2, 3] });
    case 'status':
      ctx.status = Number(q.code ?? 404);
      ctx.body = 'fixture status';
      return;
    case 'network-error':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'json':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = Buffer.from(String(q.b ?? ''), 'base64url').toString('utf8');
      return;
    case 'heal':
      entry(String(q.id ?? '')).healed = true;
      return json(ctx, entry(String(q.id ?? '')));
    case 'log':
      return json(ctx, entry(String(q.id ?? '')));
    case 'source-files': {
      const root = path.resolve('src');
      const files = (await listFiles(root)).map((f) => path.relative(process.cwd(), f).split(path.sep).join('/'));
      return json(ctx, files.sort());
    }
    case 'pathological':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = pathological(String(q.kind ?? ''), q);
      return;
    case 'bytes': {
      const file = String(q.file ?? '');
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(file)) break;
      ctx.status = 200;
      ctx.body = await readFile(path.resolve('test/fixtures/encodings', file));
      ctx.set('Cache-Control', 'no-store');
      if (q.type === undefined) ctx.remove('Content-Type');
      else ctx.set('Content-Type', String(q.type));
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = `no fixture ${name}`;
  }
}

export default fixturesMiddleware;
