import { E2E_PORT, E2E_SERVER_PATH, E2E_SERVER_TOKEN, portTakenMessage } from './e2e-server';

// Runs after Playwright has started or reused the web server, before any test: a reused
// server must answer this checkout's token, or nothing would be tested against the right app.
export default async function globalSetup() {
  const answer = await fetch(`http://127.0.0.1:${E2E_PORT}${E2E_SERVER_PATH}`).then(
    (r) => (r.ok ? r.text() : ''),
    () => '',
  );
  if (answer !== E2E_SERVER_TOKEN) throw new Error(portTakenMessage(E2E_PORT));
}
