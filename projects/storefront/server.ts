import 'zone.js/node';

import { APP_BASE_HREF } from '@angular/common';
import { ngExpressEngine as engine } from '@nguniversal/express-engine';
import { NgExpressEngineDecorator } from '@spartacus/setup/ssr';
import * as express from 'express';
import { existsSync } from 'fs';
import { join } from 'path';
import { backendPassThrough, BACKEND_PATHS } from './src/server/backend-pass-through';
import { AppServerModule } from './src/main.server';

// Spartacus' decorator adds what its server rendering needs (SERVER_REQUEST_URL/ORIGIN from the
// request) and its optimised engine: a render that takes longer than the timeout is answered with
// the plain index.html (the browser renders, CSR fallback) while the server finishes in the background.
const ngExpressEngine = NgExpressEngineDecorator.get(engine, {
  timeout: Number(process.env.SSR_TIMEOUT_MS ?? 3000),
  concurrency: 20,
});

/**
 * The storefront with server-side rendering (Angular Universal, Express): pages are rendered on the
 * server, files of the browser build are served as they are, and the OCC, OAuth and media paths go
 * to the backend (the demo's ingress), so the rendered app and the browser both use this origin.
 */
export function app(): express.Express {
  const server = express();
  const distFolder = process.env.STOREFRONT_DIST ?? join(process.cwd(), 'dist/storefront');
  const indexHtml = existsSync(join(distFolder, 'index.original.html')) ? 'index.original.html' : 'index';
  const backendUrl = process.env.BACKEND_URL ?? 'http://localhost:4200';

  server.disable('x-powered-by');
  server.set('trust proxy', 'loopback');
  server.engine(
    'html',
    // as the browser build (angular.json: inlineCritical false), the page links the global styles
    ngExpressEngine({ bootstrap: AppServerModule, inlineCriticalCss: false })
  );
  server.set('view engine', 'html');
  server.set('views', distFolder);

  server.use(BACKEND_PATHS, backendPassThrough(backendUrl));
  server.get('*.*', express.static(distFolder, { maxAge: '1y', index: false }));
  server.get('*', (req, res) => {
    res.render(indexHtml, {
      req,
      providers: [{ provide: APP_BASE_HREF, useValue: req.baseUrl }],
    });
  });

  return server;
}

function run(): void {
  const port = Number(process.env.PORT ?? 4000);
  app().listen(port, () => {
    console.log(`Storefront (server-side rendering) listening on http://localhost:${port}`);
  });
}

// Runs the server only when this bundle is started directly, not when a check imports it.
declare const __non_webpack_require__: NodeRequire;
const mainModule = __non_webpack_require__.main;
const moduleFilename = (mainModule && mainModule.filename) || '';
if (moduleFilename === __filename) {
  run();
}

export * from './src/main.server';
