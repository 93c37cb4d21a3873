import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Result } from '../shared/api/result';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: ApiError }
  | { readonly state: 'ready'; readonly value: T };

/** Loads from the API and reloads on demand (after a change) or when `key` changes. */
export function useLoad<T>(load: () => Promise<Result<T>>, key: string): [Loaded<T>, () => void] {
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
  return [loaded, reload];
}

export type Route = { readonly screen: 'boards' } | { readonly screen: 'board'; readonly boardId: number };

export function parseRoute(hash: string): Route {
  const match = /^#\/boards\/(\d{1,9})$/.exec(hash);
  return match ? { screen: 'board', boardId: Number(match[1]) } : { screen: 'boards' };
}

export const hrefFor = (route: Route): string => (route.screen === 'board' ? `#/boards/${route.boardId}` : '#/');

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
