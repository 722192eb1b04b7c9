import { ConfigError, loadConfig, type ProxyConfig } from '../config';
import { openStores, type Stores } from '../compose';

export interface StoreCommand<A> {
  usage: string;
  /** the arguments, or undefined when they are not valid (the usage is printed, exit code 2) */
  parse(argv: string[]): A | undefined;
  /** the exit code */
  run(args: A, stores: Stores, config: ProxyConfig, out: (line: string) => void): Promise<number>;
  /** the start of the message for an unexpected error */
  failure: string;
  /** errors whose message alone is said (beside ConfigError) */
  knownErrors?: ReadonlyArray<new (...args: never[]) => Error>;
}

/**
 * Runs a command line tool over the configured stores: arguments checked first, then the stores
 * opened, the command run and the stores closed; the process's exit code is the command's, or 2
 * when it could not run.
 */
export function runStoreCommand<A>(command: StoreCommand<A>, argv: string[] = process.argv.slice(2)): void {
  const run = async (): Promise<number> => {
    const args = command.parse(argv);
    if (!args) {
      process.stderr.write(`${command.usage}\n`);
      return 2;
    }
    const config = loadConfig();
    const stores = await openStores(config);
    try {
      return await command.run(args, stores, config, (line) => process.stdout.write(`${line}\n`));
    } finally {
      await stores.store.close();
    }
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const known = [ConfigError, ...(command.knownErrors ?? [])].some((type) => error instanceof type);
      process.stderr.write(known ? `${(error as Error).message}\n` : `${command.failure}: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
