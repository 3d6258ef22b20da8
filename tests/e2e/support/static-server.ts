/**
 * A deliberately plain static file server for a built site, standing in for the static host the
 * site is deployed to. Why not `astro preview`: it would start one more Node process per fixture
 * (slow on a 2-core CI machine), it reads the Astro config from the environment rather than
 * serving exactly the folder given, and it is lenient in ways a plain host is not. This server
 * serves only what is on disk, under the base path only:
 *   <base>path/       -> path/index.html
 *   <base>path.ext    -> path.ext
 *   anything else     -> 404 with 404.html (no trailing-slash redirects, nothing outside <base>)
 * so a link that only works thanks to a forgiving dev server fails here, as it would in production.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function resolveFile(root: string, basePath: string, urlPath: string): string | null {
  if (!urlPath.startsWith(basePath)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(urlPath.slice(basePath.length));
  } catch {
    return null;
  }
  if (rest.includes('\0')) return null;
  const candidate = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  const full = normalize(join(root, candidate));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(full) || !statSync(full).isFile()) return null;
  return full;
}

export function startStaticServer(root: string, basePath: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, basePath, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(req.method === 'HEAD' || !existsSync(notFound) ? undefined : readFileSync(notFound));
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
