import { dismissRejected, useOutbox } from "./outbox";

/** A quiet line while diary entries wait for the network, and a clear one if the server refused any. */
export function OutboxStatus() {
  const { pending, rejected } = useOutbox();
  if (pending.length === 0 && rejected.length === 0) return null;
  return (
    <div role="status" className="toast">
      {pending.length > 0 && (
        <p>
          {pending.length === 1 ? "1 diary entry is" : `${pending.length} diary entries are`} saved on this device and will be sent when you are
          online.
        </p>
      )}
      {rejected.length > 0 && (
        <p>
          <span className="error">Not saved: </span>
          {rejected.map((r) => r.message).join(" ")}{" "}
          <button type="button" className="link-button" onClick={dismissRejected}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
