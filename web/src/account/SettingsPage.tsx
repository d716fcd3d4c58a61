import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { api, ApiFailure, type Me, type Settings } from "../api";
import { setMe, useSession } from "../session";
import { Page } from "../ui/Page";
import { Choices } from "../ui/Choices";
import { signOut } from "./signOut";

const detectedZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const zones = (): string[] => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);

export function SettingsPage() {
  const session = useSession();
  if (session.state === "signedOut")
    return (
      <Page title="Settings">
        <p>
          <Link href="/signin">Sign in</Link> to change your settings.
        </p>
      </Page>
    );
  return <SettingsForm me={session.me} />;
}

function SettingsForm({ me }: { me: Me }) {
  const [, navigate] = useLocation();
  const [s, setS] = useState<Settings>(me.settings);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const detected = detectedZone();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const settings = await api.patchSettings(s);
      setMe({ ...me, settings });
      setStatus({ ok: true, text: "Saved." });
    } catch (err) {
      setStatus({ ok: false, text: err instanceof ApiFailure ? err.message : "Could not save." });
    }
  };
  const leave = async () => {
    await signOut();
    navigate("/");
  };
  return (
    <Page title="Settings">
      <p className="muted">Signed in as {me.email}</p>
      <form onSubmit={submit}>
        <label htmlFor="tz">Time zone</label>
        <input id="tz" list="tz-list" value={s.timeZone} onChange={(e) => setS({ ...s, timeZone: e.target.value })} aria-describedby="tz-hint" />
        <datalist id="tz-list">
          {zones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p id="tz-hint" className="hint">
          Your plan's days follow this zone. This device says {detected}.{" "}
          {s.timeZone !== detected && (
            <button type="button" className="link-button" onClick={() => setS({ ...s, timeZone: detected })}>
              Use {detected}
            </button>
          )}
        </p>
        <Choices
          legend="Weights in"
          options={[
            { value: "kg", label: "Kilograms (kg)" },
            { value: "lb", label: "Pounds (lb)" },
          ]}
          value={s.units}
          onChange={(units) => setS({ ...s, units })}
        />
        <Choices
          legend="Do you sit at a desk for most of the day?"
          hint="Desk workers get movement breaks and a lumbar support in their plan."
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          value={s.deskWorker ? "yes" : "no"}
          onChange={(v) => setS({ ...s, deskWorker: v === "yes" })}
          className="yesno"
        />
        {status && (
          <p className={status.ok ? undefined : "error"} role="status">
            {status.text}
          </p>
        )}
        <button type="submit" className="primary big">
          Save settings
        </button>
      </form>
      <button type="button" className="big" onClick={leave}>
        Sign out
      </button>
    </Page>
  );
}
