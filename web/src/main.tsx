import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { refreshSession } from "./session";
import { startOutbox } from "./diary/outbox";
import { whenIdle } from "./idle";
import "./styles.css";

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void refreshSession();
startOutbox();

// The service worker precaches the whole app: registered once the page has loaded and the
// browser is idle, so its downloads do not compete with the first screen's.
if (import.meta.env.PROD && "serviceWorker" in navigator)
  window.addEventListener("load", () => whenIdle(() => void navigator.serviceWorker.register("/sw.js", { scope: "/" })), { once: true });
