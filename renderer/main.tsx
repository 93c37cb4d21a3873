import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseRoute } from './hooks';
import { PrintView } from './print/PrintView';
import './styles.css';

// A print view is opened in its own page by the printer and never navigates, so it is
// chosen once here and rendered without the app's header, navigation and footer.
const route = parseRoute(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{route.screen === 'print' ? <PrintView jobId={route.jobId} /> : <App />}</StrictMode>,
);
