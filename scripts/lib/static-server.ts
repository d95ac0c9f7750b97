/**
 * A small static file server on 127.0.0.1 for the demo page and the test fixtures. Each URL
 * prefix maps to a folder; files whose name contains `.csp-strict.` are served with a
 * `default-src 'none'` Content-Security-Policy, as a hardened news site would.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveStatic(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const prefix = Object.keys(mounts)
        .sort((a, b) => b.length - a.length)
        .find((p) => path.startsWith(p));
      if (prefix === undefined) return notFound();
      const base = mounts[prefix]!;
      const rel = path.slice(prefix.length) || 'index.html';
      const file = normalize(join(base, rel.endsWith('/') ? rel + 'index.html' : rel));
      if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) return notFound();
      try {
        const body = await readFile(file);
        const headers: Record<string, string> = {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        };
        if (file.includes('.csp-strict.')) headers['content-security-policy'] = "default-src 'none'";
        res.writeHead(200, headers).end(body);
      } catch {
        notFound();
      }
      function notFound(): void {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
