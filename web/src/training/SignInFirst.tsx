import { Link } from "wouter";
import { Page } from "../ui/Page";

/** What the training screens show without an account: the log lives on the server. */
export function SignInFirst({ title }: { title: string }) {
  return (
    <Page title={title}>
      <p>The training log keeps your workouts in an account, so Backcoach can warn you before your load jumps.</p>
      <Link href="/signin" className="button primary big">
        Sign in
      </Link>
      <p>
        No account? <Link href="/signup">Create one</Link>
      </p>
    </Page>
  );
}
