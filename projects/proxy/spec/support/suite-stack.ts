import { startFakeCommerce, type FakeCommerce, type FakeUser } from './fake-commerce';
import { TOKENS } from './fixtures';
import { startStack, type Stack, type StackOptions } from './stack';

export interface SuiteStackOptions extends Omit<StackOptions, 'commerceUrl'> {
  /** the shoppers the fake Commerce knows, by token; default TOKENS */
  tokens?: Record<string, FakeUser>;
}

/** The fake Commerce and the proxy in front of it, shared by the specs of one describe block. */
export interface SuiteStack {
  readonly commerce: FakeCommerce;
  readonly stack: Stack;
}

/**
 * Call inside a describe block: starts a fake Commerce and the proxy against it before the block's
 * specs and closes both after them. The returned object answers them once they are started.
 * Options that depend on what an earlier beforeAll started (an emulator's port) are given as a
 * function, called when the stack starts; hooks declared before this call run before it starts
 * and, Jasmine running afterAll last-declared first, after it has closed.
 */
export function stackForSuite(options: SuiteStackOptions | (() => SuiteStackOptions) = {}, startTimeoutMs?: number): SuiteStack {
  let commerce: FakeCommerce | undefined;
  let stack: Stack | undefined;

  beforeAll(async () => {
    const { tokens = TOKENS, ...stackOptions } = typeof options === 'function' ? options() : options;
    commerce = await startFakeCommerce(tokens);
    stack = await startStack({ ...stackOptions, commerceUrl: commerce.url });
  }, startTimeoutMs);

  afterAll(async () => {
    await stack?.close();
    await commerce?.close();
  });

  return {
    get commerce() {
      if (!commerce) throw new Error('the fake Commerce is started in beforeAll');
      return commerce;
    },
    get stack() {
      if (!stack) throw new Error('the proxy stack is started in beforeAll');
      return stack;
    },
  };
}
