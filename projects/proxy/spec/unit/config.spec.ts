import * as path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const config = loadConfig({}, '/srv/proxy');
    expect(config).toEqual({
      port: 9100,
      host: '127.0.0.1',
      commerceBaseUrl: 'http://localhost:9002',
      commerceOccPrefix: '/occ/v2',
      commerceTimeoutMs: 5000,
      tokenCacheTtlMs: 30000,
      dataDir: path.resolve('/srv/proxy/data'),
      databasePath: path.resolve('/srv/proxy/data/documents.sqlite'),
      documentStoreDir: path.resolve('/srv/proxy/data/files'),
      corsOrigins: [],
      logLevel: 'info',
      databaseSchema: 'public',
      databasePoolSize: 10,
      integration: { hmacMaxSkewSeconds: 300, ingestMaxBytes: 50 * 1024 * 1024 },
    });
  });

  it('reads and normalises every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        COMMERCE_BASE_URL: 'https://api.shop.example.com/',
        COMMERCE_OCC_PREFIX: '/rest/v2/',
        COMMERCE_TIMEOUT_MS: '2500',
        TOKEN_CACHE_TTL_MS: '0',
        DATA_DIR: 'var',
        CORS_ORIGINS: 'http://localhost:4200, https://shop.example.com/',
        LOG_LEVEL: 'DEBUG',
      },
      '/srv/proxy',
    );
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.commerceBaseUrl).toBe('https://api.shop.example.com');
    expect(config.commerceOccPrefix).toBe('/rest/v2');
    expect(config.commerceTimeoutMs).toBe(2500);
    expect(config.tokenCacheTtlMs).toBe(0);
    expect(config.databasePath).toBe(path.resolve('/srv/proxy/var/documents.sqlite'));
    expect(config.corsOrigins).toEqual(['http://localhost:4200', 'https://shop.example.com']);
    expect(config.logLevel).toBe('debug');
  });

  it('reports every bad value with its variable name', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        COMMERCE_BASE_URL: 'ftp://x',
        COMMERCE_OCC_PREFIX: 'occ/v2',
        COMMERCE_TIMEOUT_MS: 'soon',
        CORS_ORIGINS: '*,http://ok.example.com/path',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.length).toBe(7);
    for (const name of ['PORT', 'COMMERCE_BASE_URL', 'COMMERCE_OCC_PREFIX', 'COMMERCE_TIMEOUT_MS', 'CORS_ORIGINS', 'LOG_LEVEL']) {
      expect(problems.some((p) => p.startsWith(name))).withContext(name).toBeTrue();
    }
    expect((error as Error).message).toContain('"70000"');
  });
});
