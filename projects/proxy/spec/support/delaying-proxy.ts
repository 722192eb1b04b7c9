import * as net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP relay on an ephemeral port that holds back every answer of the target by `delayMs` (a slow service). */
export class DelayingProxy {
  delayMs = 0;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<DelayingProxy> {
    let proxy: DelayingProxy | undefined;
    const server = net.createServer((client) => {
      const upstream = net.connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        proxy?.sockets.add(socket);
        socket.once('close', () => proxy?.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.on('data', (chunk: Buffer) => {
        const delay = proxy?.delayMs ?? 0;
        if (delay > 0) setTimeout(() => client.writable && client.write(chunk), delay).unref();
        else if (!client.write(chunk)) {
          // back-pressure, so that a slow reader holds the target back as a direct connection would
          upstream.pause();
          client.once('drain', () => upstream.resume());
        }
      });
      upstream.once('end', () => setTimeout(() => client.end(), proxy?.delayMs ?? 0).unref());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new DelayingProxy(server, (server.address() as AddressInfo).port);
    return proxy;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
