import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { FastifyInstance } from 'fastify';

import { buildIngressApp, PROXY_PATH, resolveStorefrontDist } from '../ingress/app';
import { jsonOf, listen } from './helpers';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A tiny upstream that records what it receives and lets each test decide the answer. */
class FakeUpstream {
  readonly seen: Seen[] = [];
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void = (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': this.name });
    res.end(JSON.stringify({ upstream: this.name }));
  };
  private server?: Server;

  constructor(readonly name: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        this.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        this.handler(req, res, body);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  last(): Seen {
    const seen = this.seen[this.seen.length - 1];
    if (!seen) {
      throw new Error(`${this.name} received nothing`);
    }
    return seen;
  }
}

describe('ingress', () => {
  const proxy = new FakeUpstream('proxy');
  const commerce = new FakeUpstream('commerce');
  let dist: string;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'exd-storefront-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><html><body><app-root></app-root><!-- storefront index --></body></html>');
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'assets', 'main.abc123.js'), 'console.log("storefront bundle");');
    const proxyUrl = await proxy.start();
    const commerceUrl = await commerce.start();
    app = await buildIngressApp({ storefrontDist: dist, proxyUrl, commerceUrl });
    base = await listen(app);
  });

  afterAll(async () => {
    await app.close();
    await proxy.stop();
    await commerce.stop();
    await rm(dist, { recursive: true, force: true });
  });

  beforeEach(() => {
    proxy.seen.length = 0;
    commerce.seen.length = 0;
    proxy.handler = new FakeUpstream('proxy').handler;
    commerce.handler = new FakeUpstream('commerce').handler;
  });

  it('routes the documents list to the proxy with path, query and Authorization unchanged', async () => {
    const path = '/occ/v2/electronics-spa/users/current/documents?type=INVOICE&type=WARRANTY&currentPage=0&pageSize=10';
    const response = await fetch(`${base}${path}`, { headers: { authorization: 'bearer abc123' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-upstream')).toBe('proxy');
    expect(proxy.seen.length).toBe(1);
    expect(commerce.seen.length).toBe(0);
    expect(proxy.last().url).toBe(path);
    expect(proxy.last().headers.authorization).toBe('bearer abc123');
    expect(proxy.last().headers['x-forwarded-host']).toBe(new URL(base).host);
    expect(proxy.last().headers['x-forwarded-proto']).toBe('http');
  });

  it("routes a document's content and an order's documents to the proxy", async () => {
    const paths = [
      '/occ/v2/electronics-spa/users/anna.schmidt%40example.com/documents/doc-1/content?disposition=inline',
      '/occ/v2/electronics-spa/users/current/orders/100012/documents',
      '/occ/v2/electronics-spa/users/current/orders/100012/documents/archive',
    ];
    for (const path of paths) {
      expect(PROXY_PATH.test(path)).withContext(path).toBeTrue();
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-upstream')).withContext(path).toBe('proxy');
      expect(proxy.last().url).toBe(path);
    }
    expect(commerce.seen.length).toBe(0);
  });

  it('routes communication preferences and their history to the proxy', async () => {
    const paths = [
      '/occ/v2/electronics-spa/users/current/communicationPreferences',
      '/occ/v2/electronics-spa/users/current/communicationPreferences/history?currentPage=0&pageSize=20',
    ];
    for (const path of paths) {
      expect(PROXY_PATH.test(path)).withContext(path).toBeTrue();
      const response = await fetch(`${base}${path}`, { headers: { authorization: 'bearer abc123' } });
      expect(response.headers.get('x-upstream')).withContext(path).toBe('proxy');
      expect(proxy.last().url).toBe(path);
    }
    expect(commerce.seen.length).toBe(0);
  });

  it("routes every path the proxy derives from its routes to the proxy and Commerce's OCC paths to Commerce", async () => {
    // deploy/ingress/proxy-paths.json is checked against the proxy's route table by a proxy spec.
    const file = resolve(__dirname, '..', '..', '..', '..', 'deploy', 'ingress', 'proxy-paths.json');
    const { paths } = JSON.parse(await readFile(file, 'utf8')) as { paths: string[] };
    expect(paths.length).toBeGreaterThanOrEqual(3);
    const samples = paths.flatMap((path) => {
      const concrete = path.replace(/\{[^}]+\}/g, 'sample-1');
      return [concrete, `${concrete}/below/it`, `${concrete}?currentPage=0`];
    });
    for (const path of samples) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-upstream')).withContext(path).toBe('proxy');
      expect(PROXY_PATH.test(path.split('?')[0])).withContext(path).toBeTrue();
    }
    expect(commerce.seen.length).toBe(0);
    const commercePaths = [
      '/occ/v2/electronics-spa/users/current',
      '/occ/v2/electronics-spa/users/current/orders/100012',
      '/occ/v2/electronics-spa/users/current/documentsArchive',
      '/occ/v2/electronics-spa/cms/pages',
    ];
    for (const path of commercePaths) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-upstream')).withContext(path).toBe('commerce');
      expect(PROXY_PATH.test(path)).withContext(path).toBeFalse();
    }
    expect(proxy.seen.length).toBe(samples.length);
  });

  it('routes other OCC calls and the token endpoint to Commerce', async () => {
    const order = await fetch(`${base}/occ/v2/electronics-spa/users/current/orders/100012?fields=FULL`, {
      headers: { authorization: 'Bearer xyz' },
    });
    expect(order.headers.get('x-upstream')).toBe('commerce');
    expect(commerce.last().url).toBe('/occ/v2/electronics-spa/users/current/orders/100012?fields=FULL');
    expect(commerce.last().headers.authorization).toBe('Bearer xyz');
    expect(PROXY_PATH.test('/occ/v2/electronics-spa/users/current/orders/100012')).toBeFalse();

    const form = 'grant_type=password&username=anna.schmidt%40example.com&password=Demo1234%21&client_id=mobile_android&client_secret=secret';
    const token = await fetch(`${base}/authorizationserver/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(token.headers.get('x-upstream')).toBe('commerce');
    expect(commerce.last().method).toBe('POST');
    expect(commerce.last().body).toBe(form);
    expect(commerce.last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(proxy.seen.length).toBe(0);
  });

  it('routes product media to Commerce, as a production ingress routes /medias', async () => {
    const response = await fetch(`${base}/medias/products/1382080/thumbnail.svg`);
    expect(response.headers.get('x-upstream')).toBe('commerce');
    expect(commerce.last().url).toBe('/medias/products/1382080/thumbnail.svg');
    expect(proxy.seen.length).toBe(0);
  });

  it('passes request bodies through to the proxy unchanged', async () => {
    const body = JSON.stringify({ type: 'INVOICE' });
    const response = await fetch(`${base}/occ/v2/electronics-spa/users/current/orders/100012/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'bearer t' },
      body,
    });
    expect(response.status).toBe(200);
    expect(proxy.last().method).toBe('POST');
    expect(proxy.last().body).toBe(body);
  });

  it('preserves status codes, headers and error bodies', async () => {
    proxy.handler = (_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end(JSON.stringify({ errors: [{ type: 'InvalidTokenError', message: 'Invalid access token: expired' }] }));
    };
    const response = await fetch(`${base}/occ/v2/electronics-spa/users/current/documents`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await jsonOf(response)).errors[0].type).toBe('InvalidTokenError');

    proxy.handler = (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-disposition': "attachment; filename=\"Rechnung.pdf\"; filename*=UTF-8''Rechnung%20f%C3%BCr.pdf",
        'cache-control': 'private, no-store',
      });
      res.end(Buffer.from('%PDF-1.4\n...%%EOF\n', 'latin1'));
    };
    const pdf = await fetch(`${base}/occ/v2/electronics-spa/users/current/documents/d1/content`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain("filename*=UTF-8''Rechnung%20f%C3%BCr.pdf");
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toBe('%PDF-1.4\n...%%EOF\n');
  });

  it('streams response bodies without buffering them', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    proxy.handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('first-chunk;');
      // The second chunk is only sent after the client has seen the first one through the ingress.
      void released.then(() => res.end('second-chunk'));
    };
    const response = await fetch(`${base}/occ/v2/electronics-spa/users/current/documents/big/content`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000));
    const first = await Promise.race([reader.read(), timeout]);
    expect(first).not.toBe('timeout');
    const firstText = first === 'timeout' ? '' : Buffer.from(first.value ?? []).toString('utf8');
    expect(firstText).toBe('first-chunk;');
    release();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      rest += Buffer.from(value).toString('utf8');
    }
    expect(rest).toBe('second-chunk');
  });

  it('answers 502 in OCC error format when an upstream is down', async () => {
    const dead = await buildIngressApp({ storefrontDist: dist, proxyUrl: 'http://127.0.0.1:9', commerceUrl: 'http://127.0.0.1:9' });
    const deadBase = await listen(dead);
    try {
      const response = await fetch(`${deadBase}/occ/v2/electronics-spa/users/current/documents`);
      expect(response.status).toBeGreaterThanOrEqual(502);
      expect((await jsonOf(response)).errors[0].type).toBe('BadGatewayError');
    } finally {
      await dead.close();
    }
  });

  it('serves static storefront files', async () => {
    const response = await fetch(`${base}/assets/main.abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(await response.text()).toBe('console.log("storefront bundle");');
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('storefront index');
  });

  it('falls back to index.html for client-side routes, but not for missing assets', async () => {
    const route = await fetch(`${base}/my-account/documents`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toContain('<app-root>');
    const deep = await fetch(`${base}/my-account/order/100012`);
    expect(await deep.text()).toContain('storefront index');
    const missing = await fetch(`${base}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(commerce.seen.length + proxy.seen.length).toBe(0);
  });

  it('finds the storefront build, following an Angular browser/ subfolder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'exd-dist-'));
    try {
      await mkdir(join(root, 'browser'));
      await writeFile(join(root, 'browser', 'index.html'), '<html></html>');
      expect(resolveStorefrontDist(root)).toBe(join(root, 'browser'));
      expect(resolveStorefrontDist(dist)).toBe(dist);
      expect(resolveStorefrontDist(undefined, join(root, 'projects', 'sandbox'))).toMatch(/dist[\\/]storefront/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
