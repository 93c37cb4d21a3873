import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/host/server';
import { openAppSession, type AppSession } from '../../electron/services/session';
import { recordingHandlers } from '../support/handlers';
import { useTempDir } from '../support/temp';

// The browser host over real HTTP on 127.0.0.1, with raw requests so that every header
// (Host, Origin, Cookie) is exactly what a hostile client would send.

const newPath = useTempDir();

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: BrowserHost, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, method, path, headers: { Host: url.host, ...headers }, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let host: BrowserHost;
let session: AppSession;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = join(newPath() + '-renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Quorate</title>');
  session = await openAppSession(newPath(), 'browser');
  host = await startBrowserHost({ handlers: session.handlers, rendererDir, token: 't0ken-for-tests' });
});
afterAll(async () => {
  await host.close();
  session.close();
});

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const json = () => ({ ...auth(), 'Content-Type': 'application/json', Origin: host.origin });

describe('the browser host only serves this run of the app on this machine', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  test('refuses a request without the token, for pages and calls alike', async () => {
    expect((await send(host, 'GET', '/')).status).toBe(401);
    expect((await send(host, 'POST', '/api/listBoards', { 'Content-Type': 'application/json' }, '{}')).status).toBe(401);
    expect((await send(host, 'GET', '/', { Authorization: 'Bearer wrong-token-of-same-size' })).status).toBe(401);
    expect((await send(host, 'GET', '/', { Cookie: 'quorate_1=t0ken-for-tests' })).status).toBe(401); // another port's cookie
  });

  test('trades the token in the link for a strict, HttpOnly cookie and drops it from the address', async () => {
    const reply = await send(host, 'GET', `/?token=${host.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(host, 'GET', '/', { Cookie: cookie.split(';')[0]! });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Quorate</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await send(host, 'GET', '/?token=guess')).status).toBe(401);
  });

  test('refuses a request under another Host name (DNS rebinding)', async () => {
    const reply = await send(host, 'GET', '/', { ...auth(), Host: 'attacker.example' });
    expect(reply.status).toBe(421);
  });

  test('refuses a call from another origin, even with the cookie', async () => {
    const reply = await send(host, 'POST', '/api/listBoards', { ...json(), Origin: 'https://attacker.example' }, '{}');
    expect(reply.status).toBe(403);
  });

  test('refuses a call that is not JSON (a plain cross-site form post)', async () => {
    const reply = await send(host, 'POST', '/api/createBoard', { ...auth(), 'Content-Type': 'application/x-www-form-urlencoded' }, 'name=x');
    expect(reply.status).toBe(415);
  });

  test('refuses a request body over 1 MiB with a clear message', async () => {
    const reply = await send(host, 'POST', '/api/createBoard', json(), JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request is larger than 1 MiB.' } });
  });

  test('refuses malformed JSON and unknown calls as values, not crashes', async () => {
    expect(JSON.parse((await send(host, 'POST', '/api/createBoard', json(), '{"name":')).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await send(host, 'POST', '/api/__proto__', json(), '{}')).body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  test('does not serve files outside the renderer', async () => {
    // A file beside the renderer folder, as the database is beside the app's files.
    writeFileSync(join(rendererDir, '..', 'secret.txt'), 'board papers');
    const name = rendererDir.split('/').at(-1)!;
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', `/..%2f${name}%2f..%2fsecret.txt`, '/..\\secret.txt']) {
      const reply = await send(host, 'GET', path, auth());
      expect(reply.body).not.toContain('board papers');
      expect(reply.status).toBe(404);
    }
  });

  test('answers a call through the same contract as the desktop app', async () => {
    const created = JSON.parse((await send(host, 'POST', '/api/createBoard', json(), JSON.stringify({ name: 'LASPB' }))).body);
    expect(created).toMatchObject({ ok: true, value: { name: 'LASPB' } });
    const listed = JSON.parse((await send(host, 'POST', '/api/listBoards', json(), '{}')).body);
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'LASPB' }] });
  });
});

test('hostile payloads through HTTP reach no service', async () => {
  const { handlers, calls } = recordingHandlers();
  const dir = newPath() + '-r';
  mkdirSync(dir);
  const other = await startBrowserHost({ handlers, rendererDir: dir, token: 'another-token' });
  const headers = { Authorization: 'Bearer another-token', 'Content-Type': 'application/json', Origin: other.origin };
  for (const body of ['null', '[]', '"x"', '{"name":1}', '{"__proto__":{"admin":true},"name":"B"}', JSON.stringify({ name: 'B', extra: 1 })]) {
    const reply = JSON.parse((await send(other, 'POST', '/api/createBoard', headers, body)).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  }
  expect(calls).toEqual([]);
  await other.close();
});
