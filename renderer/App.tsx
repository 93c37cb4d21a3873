import { useEffect, useRef } from 'react';
import { api } from './api/client';
import { useLoad, useRoute } from './hooks';
import { BoardScreen } from './screens/BoardScreen';
import { BoardsScreen } from './screens/BoardsScreen';
import { RecoveryScreen } from './screens/RecoveryScreen';
import { ErrorNotice } from './components/Notice';

export function App() {
  const route = useRoute();
  const [info, reloadInfo] = useLoad(() => api.getAppInfo({}), 'info');
  const recovery = info.state === 'ready' ? info.value.recovery : null;
  const main = useRef<HTMLElement>(null);

  // After a change of screen, move focus to the new screen so keyboard and screen-reader
  // users start at its heading rather than at the link they left.
  useEffect(() => {
    main.current?.querySelector('h1')?.focus();
  }, [route, recovery]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          Quorate
        </a>
        <span className="tagline">Improvement board secretariat</span>
      </header>
      <main id="main" ref={main}>
        {info.state === 'loading' && <p aria-busy="true">Opening…</p>}
        {info.state === 'failed' && <ErrorNotice error={info.error} />}
        {info.state === 'ready' && recovery && <RecoveryScreen recovery={recovery} onRestored={reloadInfo} />}
        {info.state === 'ready' && !recovery && (route.screen === 'board' ? <BoardScreen boardId={route.boardId} /> : <BoardsScreen />)}
      </main>
      <footer className="app-footer">
        {info.state === 'ready' && (
          <span>
            Quorate {info.value.version} · data kept in <code>{info.value.databasePath}</code>
          </span>
        )}
      </footer>
    </>
  );
}
