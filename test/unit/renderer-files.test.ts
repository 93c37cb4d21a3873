import { join, resolve } from 'node:path';
import { contentTypeFor, resolveRendererFile } from '../../electron/rendererFiles';

const ROOT = resolve('/srv/quorate/renderer');

describe('serving the built renderer', () => {
  test('files inside the renderer folder are served, screens get index.html', () => {
    expect(resolveRendererFile(ROOT, '/')).toBe(join(ROOT, 'index.html'));
    expect(resolveRendererFile(ROOT, '/assets/index-abc.js')).toBe(join(ROOT, 'assets/index-abc.js'));
    expect(resolveRendererFile(ROOT, '/boards/3')).toBe(join(ROOT, 'index.html'));
  });

  test.each([
    '/../../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd.txt',
    '/assets/..\\..\\secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    'relative.js',
  ])('a path that tries to leave the folder is refused: %s', (path) => {
    expect(resolveRendererFile(ROOT, path)).toBeNull();
  });

  test('content types are explicit', () => {
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });
});
