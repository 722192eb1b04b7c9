import { ListRevisionReader } from '../../src/documents/list-revision-reader';

describe('ListRevisionReader', () => {
  function countingStore(revisions: Record<string, string>) {
    const calls: string[][] = [];
    let current = { ...revisions };
    return {
      calls,
      set: (owner: string, revision: string) => (current = { ...current, [owner]: revision }),
      listRevisions: async (owners: readonly string[]) => {
        calls.push([...owners]);
        return new Map(owners.filter((owner) => owner in current).map((owner) => [owner, current[owner]]));
      },
    };
  }

  it('answers every read of one turn from a single store query, each with its own owner', async () => {
    const store = countingStore({ anna: '7', ben: '3' });
    const reader = new ListRevisionReader(store);
    const answers = await Promise.all([reader.read('anna'), reader.read('ben'), reader.read('anna'), reader.read('chris')]);
    expect(answers).toEqual(['7', '3', '7', '']);
    expect(store.calls).toEqual([['anna', 'ben', 'chris']]);
  });

  it('queries after the reads were made, so a write committed before a read is seen by it', async () => {
    const store = countingStore({ anna: '1' });
    const reader = new ListRevisionReader(store);
    const first = reader.read('anna');
    store.set('anna', '2'); // committed after the read was asked for, before the turn ended
    expect(await first).toBe('2');
    const next = reader.read('anna');
    expect(await next).toBe('2');
    expect(store.calls.length).toBe(2);
  });

  it('passes a failed query on to every read of the turn, and the next turn queries afresh', async () => {
    let fail = true;
    const reader = new ListRevisionReader({
      listRevisions: async (owners) => {
        if (fail) throw new Error('store down');
        return new Map(owners.map((owner) => [owner, 'r']));
      },
    });
    const reads = [reader.read('anna'), reader.read('ben')];
    for (const read of reads) await expectAsync(read).toBeRejectedWithError('store down');
    fail = false;
    expect(await reader.read('anna')).toBe('r');
  });
});
