import * as net from 'node:net';

/**
 * Writes bytes to a server as they are (malformed request lines, truncated bodies) and reads what
 * comes back until the server closes or `waitMs` pass. Answers the status of the first response
 * line, or undefined when the server closed without answering.
 */
export function rawExchange(baseUrl: string, chunks: (string | Buffer)[], waitMs = 1_500): Promise<{ status?: number; text: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status), text: received });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (data) => (received += data.toString('latin1')));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      // half-close: the request is all there is (a truncated body stays truncated)
      socket.end();
    });
  });
}

/** A slow-loris client: sends a request's headers one byte at a time, never finishing them. */
export function slowLoris(baseUrl: string, everyMs: number): { close(): void; closedByServer(): boolean } {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect(Number(port), hostname);
  let closed = false;
  socket.on('error', () => undefined);
  socket.on('close', () => (closed = true));
  socket.write('GET /health/live HTTP/1.1\r\nHost: fuzz\r\nX-Slow: ');
  const timer = setInterval(() => {
    if (!closed) socket.write('a');
  }, everyMs);
  return {
    close: () => {
      clearInterval(timer);
      socket.destroy();
    },
    closedByServer: () => closed,
  };
}
