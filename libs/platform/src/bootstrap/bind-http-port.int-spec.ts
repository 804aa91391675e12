import { createServer, type Server } from 'node:net';
import { bindHttpPort, type BoundHttpPort } from './bind-http-port';
import { StartUpError } from './start-up-error';

describe('bindHttpPort', () => {
  let bound: BoundHttpPort | undefined;

  afterEach(async () => {
    await bound?.close();
    bound = undefined;
  });

  it('listens at once, answers as not ready while starting, then hands every request to the application', async () => {
    bound = await bindHttpPort(0, '127.0.0.1');
    expect(bound.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const live = await fetch(`${bound.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${bound.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toBe('application/problem+json');
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(await ready.json()).toMatchObject({ type: '/problems/not-ready', status: 503 });

    bound.serve((request, response) => response.end(`app: ${request.url}`));
    expect(await (await fetch(`${bound.url}/health/ready`)).text()).toBe('app: /health/ready');
  });

  it('refuses a port in use with one line naming it', async () => {
    const other = await new Promise<Server>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const { port } = other.address() as { port: number };
    try {
      const refused = bindHttpPort(port, '127.0.0.1');
      await expect(refused).rejects.toBeInstanceOf(StartUpError);
      await expect(refused).rejects.toMatchObject({
        exitCode: 69,
        message: `cannot listen on 127.0.0.1:${port}: port ${port} is already in use (EADDRINUSE); stop what uses it or set PORT`,
      });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('refuses an address that is not this machine’s, and a name that does not resolve, naming HOST', async () => {
    await expect(bindHttpPort(0, '192.0.2.1')).rejects.toMatchObject({
      exitCode: 69,
      message: 'cannot listen on 192.0.2.1:0: HOST=192.0.2.1 is not an address of this machine (EADDRNOTAVAIL)',
    });
    await expect(bindHttpPort(0, 'no-such-host.invalid')).rejects.toMatchObject({
      exitCode: 69,
      message: expect.stringMatching(
        /^cannot listen on no-such-host\.invalid:0: HOST=no-such-host\.invalid does not resolve/,
      ),
    });
  });
});
