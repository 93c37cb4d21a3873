import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BYTES_KEY, isBase64, isEncodedBytes } from '../../shared/api/bytes';
import { contract, isCallName, type Handlers } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import { dispatch } from '../services/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';
import { contentTypeFor, resolveRendererFile } from '../rendererFiles';

// The browser host: the desktop app's services and renderer over HTTP, for machines
// where the Electron binary is missing. It is reachable only from this machine
// (127.0.0.1), only with this run's secret token, and only under its own Host and
// Origin, so neither another site in the browser nor another user's program can use it.

export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface BrowserHostOptions {
  readonly handlers: Handlers;
  /** The built renderer (build/renderer). */
  readonly rendererDir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Fixed in tests; random otherwise. */
  readonly token?: string;
}

export interface BrowserHost {
  readonly origin: string;
  /** The link to open: carries the token once, then a cookie does. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[quorate] browser host error:', error);
      if (!response.headersSent) sendText(response, 500, 'Quorate could not answer this request.');
      else response.destroy();
    });
  });

  const cookieName = () => `quorate_${port}`;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
    if (!allowedHosts().has(request.headers.host ?? '')) return sendText(response, 421, 'Wrong host.');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (request.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendText(response, 401, notSignedIn);
      // Trade the token in the link for a cookie, and drop it from the address bar.
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void response.end();
    }

    if (!tokenMatches(presentedToken(request, cookieName()), token)) return sendText(response, 401, notSignedIn);

    if (url.pathname.startsWith('/api/')) {
      const name = url.pathname.slice('/api/'.length);
      const limit = (isCallName(name) ? contract[name].maxRequestBytes : undefined) ?? MAX_REQUEST_BYTES;
      if (request.method !== 'POST') return sendText(response, 405, 'Calls are POST requests.');
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) return sendText(response, 403, 'Wrong origin.');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendText(response, 415, 'Calls must be sent as application/json.');
      }
      const body = await readBody(request, limit);
      if (body === null) {
        return sendJson(response, 413, fail('invalid_input', `The request is larger than ${describeSize(limit)}.`));
      }
      let payload: unknown;
      try {
        payload = JSON.parse(body, reviveBytes);
      } catch (error) {
        return sendJson(response, 400, fail('invalid_input', error instanceof BadBytesError ? error.message : 'The request is not valid JSON.'));
      }
      return sendJson(response, 200, await dispatch(options.handlers, name, payload));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.');
    const file = resolveRendererFile(options.rendererDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found.');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return sendText(response, 404, 'Not found.');
    }
    response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) });
    response.end(request.method === 'HEAD' ? undefined : content);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

const notSignedIn =
  'This Quorate window needs the link printed in the terminal where Quorate was started (it carries a one-run secret).';

function presentedToken(request: IncomingMessage, cookieName: string): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return null;
}

function tokenMatches(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value, encodeBytes));
}

class BadBytesError extends Error {}

/** JSON.parse reviver: {"$bytes": base64} becomes a Buffer. */
function reviveBytes(_key: string, value: unknown): unknown {
  if (!isEncodedBytes(value)) return value;
  if (!isBase64(value[BYTES_KEY])) throw new BadBytesError('A file in the request is not valid base64.');
  return Buffer.from(value[BYTES_KEY], 'base64');
}

/** JSON.stringify replacer: bytes go out as {"$bytes": base64}. `this[key]` is the value before Buffer's toJSON. */
function encodeBytes(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  return original instanceof Uint8Array ? { [BYTES_KEY]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') } : value;
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
