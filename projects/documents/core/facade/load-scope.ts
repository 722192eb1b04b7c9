import { DocumentsLoadState } from '@exstream-spartacus/documents/root';
import { BehaviorSubject, combineLatest, merge, Observable, of, Subject } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  scan,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { toDocumentsError } from './documents-error';

/** One loaded thing (a list, a summary): its criteria, reload trigger and shared state. */
export interface LoadScope<P, T> {
  params$: BehaviorSubject<P>;
  reload$: Subject<void>;
  state$: Observable<DocumentsLoadState<T>>;
}

/** What a load scope needs from the service that owns it. */
export interface LoadSource<P, T> {
  /** the criteria with the configured defaults filled in */
  withDefaults(params: P): P;
  /** whether two criteria (defaults filled in) ask for the same */
  same(a: P, b: P): boolean;
  load(params: P): Observable<T>;
  /** changes to the loaded value from elsewhere (e.g. a document marked read) */
  updates$?: Observable<(value: T) => T>;
}

type StateChange<T> = (state: DocumentsLoadState<T>) => DocumentsLoadState<T>;

/**
 * A value that is (re)loaded whenever its criteria change or `reload$` emits;
 * a newer request cancels an older one, and the previous value stays while a
 * request is in flight so the page does not flicker.
 */
export function createLoadScope<P, T>(source: LoadSource<P, T>, initial: P): LoadScope<P, T> {
  const params$ = new BehaviorSubject<P>(initial);
  const reload$ = new Subject<void>();
  const loads$: Observable<StateChange<T>> = combineLatest([
    params$.pipe(
      map((params) => source.withDefaults(params)),
      distinctUntilChanged((a, b) => source.same(a, b))
    ),
    reload$.pipe(startWith(undefined)),
  ]).pipe(
    switchMap(([params]) =>
      source.load(params).pipe(
        map(
          (value): Partial<DocumentsLoadState<T>> => ({
            value,
            loading: false,
            error: undefined,
          })
        ),
        catchError((error: unknown) =>
          of<Partial<DocumentsLoadState<T>>>({
            loading: false,
            error: toDocumentsError(error),
          })
        ),
        startWith<Partial<DocumentsLoadState<T>>>({ loading: true })
      )
    ),
    map((change): StateChange<T> => (state) => ({ ...state, ...change }))
  );
  const updates$ = (source.updates$ ?? of<(value: T) => T>()).pipe(
    map((update): StateChange<T> => (state) => ({
      ...state,
      value: state.value && update(state.value),
    }))
  );
  const state$ = merge(loads$, updates$).pipe(
    scan(
      (state: DocumentsLoadState<T>, change: StateChange<T>) => change(state),
      { loading: false } as DocumentsLoadState<T>
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );
  return { params$, reload$, state$ };
}
