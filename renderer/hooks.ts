import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../shared/api/result';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: ApiError }
  | { readonly state: 'ready'; readonly value: T };

/**
 * Loads from the API and reloads on demand or when `key` changes. `replace` puts in a
 * value a change call already returned (so the screen does not load twice).
 */
export function useLoad<T>(load: () => Promise<Result<T>>, key: string): [Loaded<T>, () => void, (value: T) => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
    // `load` is recreated each render; `key` and `generation` say when to load again.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const replace = useCallback((value: T) => setLoaded({ state: 'ready', value }), []);
  return [loaded, reload, replace];
}

/**
 * Runs a change, keeps its error for the screen, and marks the work as busy meanwhile.
 * `run` resolves to the value on success and to undefined on failure.
 */
export function useChange(): {
  busy: boolean;
  error: ApiError | null;
  clear: () => void;
  run: <T>(change: () => Promise<Result<T>>) => Promise<T | undefined>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T,>(change: () => Promise<Result<T>>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await change();
      if (result.ok) return result.value;
      setError(result.error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, clear: useCallback(() => setError(null), []), run };
}

export type Route =
  | { readonly screen: 'boards' }
  | { readonly screen: 'board'; readonly boardId: number }
  | { readonly screen: 'setup'; readonly boardId: number }
  | { readonly screen: 'invitations'; readonly boardId: number }
  | { readonly screen: 'actions'; readonly boardId: number }
  | { readonly screen: 'dashboard'; readonly boardId: number }
  | { readonly screen: 'risks'; readonly boardId: number }
  | { readonly screen: 'meeting'; readonly meetingId: number }
  | { readonly screen: 'live'; readonly meetingId: number }
  | { readonly screen: 'summary'; readonly meetingId: number }
  | { readonly screen: 'settings' }
  /** A document for Chromium to print (a pack, minutes): no app around it. */
  | { readonly screen: 'print'; readonly jobId: string };

export function parseRoute(hash: string): Route {
  const board = /^#\/boards\/(\d{1,9})(?:\/(setup|invitations|actions|dashboard|risks))?$/.exec(hash);
  if (board) {
    const boardId = Number(board[1]);
    const screen = (board[2] ?? 'board') as 'board' | 'setup' | 'invitations' | 'actions' | 'dashboard' | 'risks';
    return { screen, boardId };
  }
  const meeting = /^#\/meetings\/(\d{1,9})(?:\/(live|summary))?$/.exec(hash);
  if (meeting) {
    const meetingId = Number(meeting[1]);
    return meeting[2] === 'live' ? { screen: 'live', meetingId } : meeting[2] === 'summary' ? { screen: 'summary', meetingId } : { screen: 'meeting', meetingId };
  }
  if (hash === '#/settings') return { screen: 'settings' };
  const print = /^#\/print\/([0-9a-f-]{36})$/.exec(hash);
  if (print) return { screen: 'print', jobId: print[1]! };
  return { screen: 'boards' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'board':
      return `#/boards/${route.boardId}`;
    case 'setup':
      return `#/boards/${route.boardId}/setup`;
    case 'invitations':
      return `#/boards/${route.boardId}/invitations`;
    case 'actions':
      return `#/boards/${route.boardId}/actions`;
    case 'dashboard':
      return `#/boards/${route.boardId}/dashboard`;
    case 'risks':
      return `#/boards/${route.boardId}/risks`;
    case 'meeting':
      return `#/meetings/${route.meetingId}`;
    case 'live':
      return `#/meetings/${route.meetingId}/live`;
    case 'summary':
      return `#/meetings/${route.meetingId}/summary`;
    case 'settings':
      return '#/settings';
    case 'print':
      return `#/print/${route.jobId}`;
    case 'boards':
      return '#/';
  }
}

/** The current screen, from the address's #fragment (so Back and Forward work). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
