/**
 * A framework-free store that keeps the view state and the address bar in step. With
 * useViewState.ts, it is the only code that touches `location` or `history`.
 */
import {
  canonicalViewState,
  DEFAULT_VIEW_STATE,
  parseViewState,
  serialiseViewState,
  type IgnoredParam,
  type ParseContext,
  type ViewState,
} from './viewState.ts';

export interface ViewSnapshot {
  readonly state: ViewState;
  readonly ignored: readonly IgnoredParam[];
}

/** `push` for discrete changes (a tab, a chart) so Back undoes them; `replace` for sliders and typing. */
export type HistoryMode = 'push' | 'replace';

/** The parts of `window` the store uses; a fake one in tests, none when prerendering. */
export interface BrowserLike {
  readonly location: { readonly origin: string; readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface ViewStoreOptions {
  /** Used when there is no browser (build-time prerendering). */
  readonly initialSearch?: string;
  /**
   * `replace` writes are coalesced to at most one per this many ms: Safari throws after 100
   * history calls in 30 s and Chrome throttles too, while a slider fires on every pixel.
   */
  readonly replaceDelayMs?: number;
  /**
   * Where given, a `push` waits for it before it reaches the address bar (the page's store: after
   * the next painted frame, src/view/afterPaint.ts). Chromium's `pushState` took 4-10 ms of a
   * filter click's time to paint on the clusters chart (bench/README.md, ninth session); the view
   * changes at once, the address a frame later. Pushes keep their order, each its own entry.
   */
  readonly deferPush?: (write: () => void) => void;
  /**
   * The path of the address for a query (a dashboard page's `addressPath`: the file that holds
   * the query's prerendered copy, else the site's address). Without it the page's own path is
   * kept: the site may live under /atlas/, and an embed stays at its /embed/ path.
   */
  readonly pathFor?: (search: string) => string;
}

export interface ViewStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ViewSnapshot;
  update(patch: Partial<ViewState>, mode: HistoryMode): void;
  /** Re-parses the address with known ids (after data loads) and rewrites it canonically. */
  setContext(ctx: ParseContext): void;
  dismissIgnored(): void;
  /**
   * The link to a state under this page's own path, for `<a href>` and "copy link": absolute
   * gives origin + path + query. Without a browser, a relative link (`?…`, or `.` for the bare view).
   */
  hrefFor(state: ViewState, absolute?: boolean): string;
  /**
   * `hrefFor` the current state with `patch` applied: the links a page draws on every change of
   * the address (its tabs). The current state is canonical already and each parameter is read on
   * its own (parseViewState), so only the patched fields take the round trip through the URL form.
   * (At the 8 KB query cap, hrefFor cuts a last parameter that linkTo keeps; the page it opens cuts
   * the same one.)
   */
  linkTo(patch: Partial<ViewState>, absolute?: boolean): string;
}

const sameReport = (a: IgnoredParam, b: IgnoredParam) => a.param === b.param && a.value === b.value && a.reason === b.reason;

export function createViewStore(win: BrowserLike | null, options: ViewStoreOptions = {}): ViewStore {
  const replaceDelayMs = options.replaceDelayMs ?? 100;
  const pathFor = options.pathFor ?? (() => win?.location.pathname ?? '');
  let ctx: ParseContext | undefined;
  // linkTo's patched fields, canonical for `ctx`: the same few patches (a tab's view, the
  // newest release) are asked for on every change of the address, and each took a round trip
  // through the URL form (~0.15 ms; a filter click drew a dozen links).
  let patchFields = new Map<string, ViewState>();
  // The address is read once here; after that the store is the truth and writes the address.
  let snapshot: ViewSnapshot = parseViewState(win ? win.location.search : (options.initialSearch ?? ''));
  let pendingReplace: string | null = null;
  // Pushes waiting for `deferPush`, oldest first.
  let pendingPushes: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  // Every report ever shown, so a dismissed notice does not come back when the address is re-read.
  const shownReports: IgnoredParam[] = [...snapshot.ignored];

  const setSnapshot = (next: ViewSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  /** The reports shown so far plus those never shown before. */
  const addReports = (reports: readonly IgnoredParam[]): readonly IgnoredParam[] => {
    const fresh = reports.filter((report) => !shownReports.some((old) => sameReport(old, report)));
    shownReports.push(...fresh);
    return fresh.length === 0 ? snapshot.ignored : [...snapshot.ignored, ...fresh];
  };

  const write = (mode: HistoryMode, search: string) => {
    if (!win) return;
    const url = pathFor(search) + search + win.location.hash;
    try {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    } catch {
      // A throttled browser refuses the call; the state shown stays right and the next write catches up.
    }
  };

  const href = (search: string, absolute: boolean) => {
    if (!win) return search || '.';
    return (absolute ? win.location.origin : '') + pathFor(search) + search;
  };

  const cancelPending = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pendingReplace = null;
    pendingPushes = [];
  };

  const writePushes = () => {
    for (const push of pendingPushes.splice(0)) write('push', push);
  };

  /** Writes what is pending, in the order it happened: the pushes, then the slider's last value (set after them). */
  const flush = () => {
    writePushes();
    const search = pendingReplace;
    cancelPending();
    if (search !== null) write('replace', search);
  };

  const onPopState = () => {
    // The pending writes belonged to the entry we just left; writing them now would hit the wrong one.
    cancelPending();
    const next = parseViewState(win ? win.location.search : '', ctx);
    if (serialiseViewState(next.state) !== serialiseViewState(snapshot.state)) {
      setSnapshot({ state: next.state, ignored: addReports(next.ignored) });
    }
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) win?.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win?.removeEventListener('popstate', onPopState);
      };
    },

    getSnapshot: () => snapshot,

    update(patch, mode) {
      // Round-trip through the URL form, so the view shown is exactly the one a reload shows.
      const state = canonicalViewState({ ...snapshot.state, ...patch }, ctx);
      const search = serialiseViewState(state);
      if (search === serialiseViewState(snapshot.state)) return;
      setSnapshot({ state, ignored: snapshot.ignored });
      if (mode === 'push') {
        // A slider's value still waiting goes first (after the pushes before it), so Back returns to it.
        if (pendingReplace !== null) flush();
        if (!options.deferPush) write('push', search);
        // The first push to wait asks for the paint; the writes then take every push waiting by then.
        else if (pendingPushes.push(search) === 1) options.deferPush(writePushes);
      } else if (replaceDelayMs <= 0) {
        flush(); // a push still waiting goes first: this replaces its entry
        write('replace', search);
      } else {
        pendingReplace = search;
        timer ??= setTimeout(flush, replaceDelayMs);
      }
    },

    setContext(next) {
      if (next === ctx) return;
      ctx = next;
      patchFields = new Map();
      flush();
      const parsed = parseViewState(win ? win.location.search : serialiseViewState(snapshot.state), ctx);
      const search = serialiseViewState(parsed.state);
      const ignored = addReports(parsed.ignored);
      if (search !== serialiseViewState(snapshot.state) || ignored !== snapshot.ignored) {
        setSnapshot({ state: parsed.state, ignored });
      }
      // Drops unknown parameters and ids from the address, so a copied link is canonical; and
      // names the file the address is written at (`clusters/?v=money` → `./?v=money`).
      if (win && (win.location.search !== search || win.location.pathname !== pathFor(search))) write('replace', search);
    },

    dismissIgnored() {
      if (snapshot.ignored.length > 0) setSnapshot({ state: snapshot.state, ignored: [] });
    },

    hrefFor(state, absolute = false) {
      return href(serialiseViewState(canonicalViewState(state, ctx)), absolute);
    },

    linkTo(patch, absolute = false) {
      // Keyed by every entry, an undefined value too (JSON alone would drop it).
      const key = JSON.stringify(Object.entries(patch).map(([k, v]) => [k, v === undefined ? { undefined: true } : v]));
      let fields = patchFields.get(key);
      if (!fields) patchFields.set(key, (fields = canonicalViewState({ ...DEFAULT_VIEW_STATE, ...patch }, ctx)));
      const state: Record<string, unknown> = { ...snapshot.state };
      for (const key of Object.keys(patch)) state[key] = fields[key as keyof ViewState];
      return href(serialiseViewState(state as unknown as ViewState), absolute);
    },
  };
}
