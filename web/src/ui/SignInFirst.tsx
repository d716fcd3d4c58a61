import { Link } from "wouter";
import { Page } from "./Page";

const WHY = {
  diary: "The diary keeps your daily pain in an account, so you and a doctor can see the trend.",
  training: "The training log keeps your workouts in an account, so Backcoach can warn you before your load jumps.",
} as const;

/** What a screen whose data lives on the server shows without an account. */
export function SignInFirst({ title, why }: { title: string; why: keyof typeof WHY }) {
  return (
    <Page title={title}>
      <p>{WHY[why]}</p>
      <Link href="/signin" className="button primary big">
        Sign in
      </Link>
      <p>
        No account? <Link href="/signup">Create one</Link>
      </p>
    </Page>
  );
}
