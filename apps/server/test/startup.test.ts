import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { banner, portBusyMessage, probePort, publicUrl } from '../src/startup.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, port: typeof a === 'object' && a ? a.port : 0 });
    });
  });
}

describe('start', () => {
  it('prints the URL and the demo accounts, never a token', () => {
    const text = banner({
      url: publicUrl('127.0.0.1', 8787),
      portal: true,
      database: '/srv/kehoach.sqlite',
      databaseCreated: true,
      demo: [
        { username: 'so-y-te', password: 'demo-so-y-te-2026', role: 'reporter', agencyId: 'a', name: 'x' },
      ],
      agencyName: () => 'Sở Y tế tỉnh Lâm Đồng',
    });
    expect(text).toContain('http://127.0.0.1:8787/');
    expect(text).toContain('http://127.0.0.1:8787/api/docs');
    expect(text).toMatch(/so-y-te\s+demo-so-y-te-2026\s+reporter\s+Sở Y tế tỉnh Lâm Đồng/);
    expect(publicUrl('0.0.0.0', 80)).toBe('http://localhost:80/');
    expect(publicUrl('::1', 8787)).toBe('http://[::1]:8787/');
    const plain = banner({
      url: 'http://x/',
      portal: false,
      database: 'd',
      databaseCreated: false,
      demo: null,
    });
    expect(plain).not.toContain('password');
  });

  it('says in both languages that a port is busy', async () => {
    const { server, port } = await listen();
    try {
      await expect(probePort(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const m = portBusyMessage(port, '127.0.0.1', 'EADDRINUSE');
      expect(m).toContain(`Cổng ${port}`);
      expect(m).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      server.close();
    }
  });

  it('the server exits with that message, touching no database, when its port is taken', async () => {
    const { server, port } = await listen();
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url)),
          'src/main.ts',
        ],
        {
          cwd: serverDir,
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            DATABASE_URL: ':memory:',
            SEED_DEMO: '1',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let err = '';
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(err).toContain(`Cổng ${port} trên 127.0.0.1`);
    } finally {
      server.close();
    }
  });
});
