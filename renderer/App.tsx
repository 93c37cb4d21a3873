import { useEffect, useRef } from 'react';
import { api } from './api/client';
import { hrefFor, useLoad, useRoute, type Route } from './hooks';
import { InvitationsRecordScreen } from './screens/InvitationsRecordScreen';
import { ActionLogScreen } from './screens/tracking/ActionLogScreen';
import { DashboardScreen } from './screens/tracking/DashboardScreen';
import { RiskRegisterScreen } from './screens/tracking/RiskRegisterScreen';
import { MeetingScreen } from './screens/meeting/MeetingScreen';
import { LiveMeetingScreen } from './screens/live/LiveMeetingScreen';
import { SummaryScreen } from './screens/live/SummaryScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { BoardSetupScreen } from './screens/setup/BoardSetupScreen';
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
        <nav aria-label="Main" className="main-nav">
          <a href="#/">Boards</a>
          <a href={hrefFor({ screen: 'settings' })}>Settings</a>
        </nav>
      </header>
      <main id="main" ref={main}>
        {info.state === 'loading' && <p aria-busy="true">Opening…</p>}
        {info.state === 'failed' && <ErrorNotice error={info.error} />}
        {info.state === 'ready' && recovery && <RecoveryScreen recovery={recovery} onRestored={reloadInfo} />}
        {info.state === 'ready' && !recovery && <Screen route={route} />}
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

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'board':
      return <BoardScreen boardId={route.boardId} />;
    case 'setup':
      return <BoardSetupScreen boardId={route.boardId} />;
    case 'invitations':
      return <InvitationsRecordScreen boardId={route.boardId} />;
    case 'actions':
      return <ActionLogScreen boardId={route.boardId} />;
    case 'dashboard':
      return <DashboardScreen boardId={route.boardId} />;
    case 'risks':
      return <RiskRegisterScreen boardId={route.boardId} />;
    case 'meeting':
      return <MeetingScreen meetingId={route.meetingId} />;
    case 'live':
      return <LiveMeetingScreen meetingId={route.meetingId} />;
    case 'summary':
      return <SummaryScreen meetingId={route.meetingId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'boards':
      return <BoardsScreen />;
    case 'print':
      // Print views are opened by the printer on their own (main.tsx); reached by hand, say so.
      return <p>This address is a document for printing; go back to the meeting to export it.</p>;
  }
}
