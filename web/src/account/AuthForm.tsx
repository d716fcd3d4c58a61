import { useState, type FormEvent } from "react";
import { ApiFailure } from "../api";

/** Email and password, with the server's error shown next to the field it names. */
export function AuthForm({
  submitLabel,
  newPassword,
  onSubmit,
}: {
  submitLabel: string;
  newPassword: boolean;
  onSubmit: (email: string, password: string) => Promise<void>;
}) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(email.trim(), password);
    } catch (err) {
      setError(err instanceof ApiFailure ? { message: err.message, field: err.error.field } : { message: "Something went wrong." });
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate={false}>
      <label htmlFor="email">Email</label>
      <input
        id="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        aria-invalid={error?.field === "email" || undefined}
      />
      <label htmlFor="password">Password</label>
      <input
        id="password"
        type="password"
        autoComplete={newPassword ? "new-password" : "current-password"}
        required
        minLength={newPassword ? 8 : undefined}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-describedby={newPassword ? "password-hint" : undefined}
        aria-invalid={error?.field === "password" || undefined}
      />
      {newPassword && (
        <p id="password-hint" className="hint">
          At least 8 characters.
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="primary big" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
