import * as path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('reads the archive and export limits', () => {
    const config = loadConfig({ ARCHIVE_MAX_DOCUMENTS: '50', ARCHIVE_MAX_BYTES: '1048576', EXPORT_MAX_ROWS: '10' }, '/srv/proxy');
    expect(config.bulkLimits).toEqual({ archiveMaxDocuments: 50, archiveMaxBytes: 1048576, exportMaxRows: 10 });
    expect(() => loadConfig({ ARCHIVE_MAX_DOCUMENTS: '0' }, '/srv/proxy')).toThrowError(ConfigError, /ARCHIVE_MAX_DOCUMENTS must be an integer/);
  });

  it('applies the defaults', () => {
    const config = loadConfig({}, '/srv/proxy');
    expect(config).toEqual({
      port: 9100,
      host: '127.0.0.1',
      commerceBaseUrl: 'http://localhost:9002',
      commerceOccPrefix: '/occ/v2',
      commerceTimeoutMs: 5000,
      tokenCacheTtlMs: 30000,
      listCacheBytes: 8 * 1024 * 1024,
      bulkLimits: { archiveMaxDocuments: 2000, archiveMaxBytes: 2 * 1024 ** 3, exportMaxRows: 100000 },
      dataDir: path.resolve('/srv/proxy/data'),
      databasePath: path.resolve('/srv/proxy/data/documents.sqlite'),
      documentStoreDir: path.resolve('/srv/proxy/data/files'),
      documentDelivery: 'proxy',
      corsOrigins: [],
      logLevel: 'info',
      databaseSchema: 'public',
      databasePoolSize: 10,
      databaseStatementTimeoutMs: 30000,
      sqliteCacheMb: 16,
      integration: { hmacMaxSkewSeconds: 300, ingestMaxBytes: 50 * 1024 * 1024 },
      publicBaseUrl: undefined,
      signedLinkSecret: undefined,
      signedLinkTtlSeconds: 60,
      rateLimitMax: 300,
      rateLimitWindowMs: 60000,
      bodyLimitBytes: 1048576,
      maxQueryLength: 2048,
      shutdownGraceMs: 10000,
      actionUrlAllowedHosts: [],
      preferences: { languages: ['en', 'de'], defaultLanguage: 'en' },
    });
  });

  it('reads the action URL allow-list and the preference settings (issue 6)', () => {
    const config = loadConfig(
      {
        ACTION_URL_ALLOWED_HOSTS: 'Offers.Example.com, renew.example.com:8443',
        PREFERENCE_LANGUAGES: 'en,de,fr',
        PREFERENCE_DEFAULT_LANGUAGE: 'fr',
        EXSTREAM_BASE_URL: 'https://exstream.example.com',
        EXSTREAM_DOMAIN: 'shop',
        OTDS_TOKEN_URL: 'https://otds.example.com/token',
        OTDS_CLIENT_ID: 'c',
        OTDS_CLIENT_SECRET: 's',
        EXSTREAM_COMMUNICATIONS: '{}',
        PREFERENCES_PUSH_URL: 'https://exstream.example.com/preferences',
        PREFERENCES_PUSH_MAX_ATTEMPTS: '3',
      },
      '/srv',
    );
    expect(config.actionUrlAllowedHosts).toEqual(['offers.example.com', 'renew.example.com:8443']);
    expect(config.preferences).toEqual({
      languages: ['en', 'de', 'fr'],
      defaultLanguage: 'fr',
      push: {
        url: 'https://exstream.example.com/preferences',
        maxAttempts: 3,
        retryBaseMs: 1000,
        retryMaxMs: 300000,
        pollIntervalMs: 1000,
        timeoutMs: 10000,
        leaseMs: 60000,
      },
    });
  });

  it('refuses a bad allow-list entry, a default language not offered and a push without OTDS', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        ACTION_URL_ALLOWED_HOSTS: 'https://offers.example.com/path',
        PREFERENCE_DEFAULT_LANGUAGE: 'fr',
        PREFERENCES_PUSH_URL: 'http://localhost:9004/preferences',
      });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.some((p) => p.startsWith('ACTION_URL_ALLOWED_HOSTS'))).toBeTrue();
    expect(error!.problems.some((p) => p.startsWith('PREFERENCE_DEFAULT_LANGUAGE'))).toBeTrue();
    expect(error!.problems.some((p) => p.startsWith('PREFERENCES_PUSH_URL needs EXSTREAM_BASE_URL'))).toBeTrue();
  });

  describe('OTDS modes', () => {
    const base = {
      EXSTREAM_BASE_URL: 'https://exstream.example.com',
      EXSTREAM_DOMAIN: 'shop',
      OTDS_CLIENT_ID: 'c',
      OTDS_CLIENT_SECRET: 's',
      EXSTREAM_COMMUNICATIONS: '{}',
    };
    const otdsOf = (env: Record<string, string>) => {
      const { tokenUrl, scope } = loadConfig({ ...base, ...env }).exstream!;
      return { tokenUrl, scope };
    };
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig({ ...base, ...env });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    };

    it('builds the token URL and the default scope of each mode', () => {
      expect(otdsOf({ OTDS_BASE_URL: 'https://otds.example.com/', OTDS_TENANT: 'shop' })).toEqual({
        tokenUrl: 'https://otds.example.com/otdsws/otdstenant/shop/oauth2/token',
        scope: 'otds:groups',
      });
      expect(otdsOf({ OTDS_BASE_URL: 'https://otds.example.com' })).toEqual({ tokenUrl: 'https://otds.example.com/otdsws/oauth2/token', scope: 'otds:groups' });
      expect(otdsOf({ OTDS_MODE: 'ot2', OTDS_BASE_URL: 'https://otdsauth.ot2.example.com', OTDS_TENANT: 't1', OTDS_SUBSCRIPTION: 'docs' })).toEqual({
        tokenUrl: 'https://otdsauth.ot2.example.com/otdstenant/t1/oauth2/token',
        scope: 'search otds:groups subscription:docs',
      });
      expect(otdsOf({ OTDS_MODE: 'cloud', OTDS_BASE_URL: 'https://eu.api.opentext.com', OTDS_TENANT: 't1' })).toEqual({
        tokenUrl: 'https://eu.api.opentext.com/tenants/t1/oauth2/token',
        scope: undefined,
      });
      expect(otdsOf({ OTDS_MODE: 'cloud', OTDS_TOKEN_URL: 'https://eu.api.opentext.com/tenants/t1/oauth2/token', OTDS_SCOPE: 'otds:roles' })).toEqual({
        tokenUrl: 'https://eu.api.opentext.com/tenants/t1/oauth2/token',
        scope: 'otds:roles',
      });
    });

    it('needs a tenant for OT2 and the cloud, and a subscription (or a scope) for OT2', () => {
      expect(problemsOf({ OTDS_MODE: 'cloud', OTDS_BASE_URL: 'https://us.api.opentext.com' })).toContain('OTDS_TENANT is required with OTDS_MODE=cloud');
      const ot2 = problemsOf({ OTDS_MODE: 'ot2', OTDS_BASE_URL: 'https://otds.example.com' });
      expect(ot2).toContain('OTDS_TENANT is required with OTDS_MODE=ot2');
      expect(ot2).toContain('OTDS_SUBSCRIPTION (or OTDS_SCOPE) is required with OTDS_MODE=ot2');
      expect(problemsOf({ OTDS_MODE: 'ot2', OTDS_BASE_URL: 'https://otds.example.com', OTDS_TENANT: 't', OTDS_SCOPE: 'otds:groups' })).toEqual([]);
      expect(problemsOf({ OTDS_MODE: 'on-premises', OTDS_BASE_URL: 'https://otds.example.com' })).toContain(
        'OTDS_MODE must be one of self-hosted, ot2, cloud, got "on-premises"',
      );
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
        LIST_CACHE_BYTES: '0',
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
    expect(config.listCacheBytes).toBe(0);
    expect(config.databasePath).toBe(path.resolve('/srv/proxy/var/documents.sqlite'));
    expect(config.corsOrigins).toEqual(['http://localhost:4200', 'https://shop.example.com']);
    expect(config.logLevel).toBe('debug');
  });

  it('reads the serving, limit and shutdown variables', () => {
    const secret = 'x'.repeat(32);
    const config = loadConfig({
      PUBLIC_BASE_URL: 'https://shop.example.com/',
      SIGNED_LINK_SECRET: secret,
      SIGNED_LINK_TTL_SECONDS: '120',
      RATE_LIMIT_MAX: '50',
      RATE_LIMIT_WINDOW_MS: '10000',
      BODY_LIMIT_BYTES: '4096',
      MAX_QUERY_LENGTH: '512',
      SHUTDOWN_GRACE_MS: '5000',
    });
    expect(config.publicBaseUrl).toBe('https://shop.example.com');
    expect(config.signedLinkSecret).toBe(secret);
    expect(config.signedLinkTtlSeconds).toBe(120);
    expect(config.rateLimitMax).toBe(50);
    expect(config.rateLimitWindowMs).toBe(10000);
    expect(config.bodyLimitBytes).toBe(4096);
    expect(config.maxQueryLength).toBe(512);
    expect(config.shutdownGraceMs).toBe(5000);
  });

  it('reports a short signed-link secret by its length, never its value', () => {
    let error: unknown;
    try {
      loadConfig({ SIGNED_LINK_SECRET: 'too-short-secret-value', SIGNED_LINK_TTL_SECONDS: '0', RATE_LIMIT_MAX: '-1', PUBLIC_BASE_URL: 'shop' });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems;
    expect(problems.length).toBe(4);
    expect(problems.find((p) => p.startsWith('SIGNED_LINK_SECRET'))).toContain('22 characters');
    expect((error as Error).message).not.toContain('too-short-secret-value');
    for (const name of ['SIGNED_LINK_TTL_SECONDS', 'RATE_LIMIT_MAX', 'PUBLIC_BASE_URL']) {
      expect(problems.some((p) => p.startsWith(name))).withContext(name).toBeTrue();
    }
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

  it('reads DATABASE_STATEMENT_TIMEOUT_MS in milliseconds (0 = none) and rejects anything else', () => {
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '5000' }).databaseStatementTimeoutMs).toBe(5000);
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).databaseStatementTimeoutMs).toBe(0);
    for (const bad of ['-1', 'soon', '3600001']) {
      expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: bad }))
        .withContext(bad)
        .toThrowMatching((e) => e instanceof ConfigError && e.problems.some((p) => p.startsWith('DATABASE_STATEMENT_TIMEOUT_MS')));
    }
  });

  it('reads SQLITE_CACHE_MB (1–4096, default 16) and rejects anything else', () => {
    expect(loadConfig({}).sqliteCacheMb).toBe(16);
    expect(loadConfig({ SQLITE_CACHE_MB: '64' }).sqliteCacheMb).toBe(64);
    for (const bad of ['0', '-2', 'lots', '4097']) {
      expect(() => loadConfig({ SQLITE_CACHE_MB: bad }))
        .withContext(bad)
        .toThrowMatching((e) => e instanceof ConfigError && e.problems.some((p) => p.startsWith('SQLITE_CACHE_MB')));
    }
  });
});

