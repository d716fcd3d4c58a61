import { Link } from "wouter";
import { Page } from "./ui/Page";
import { useSession } from "./session";
import { Disclaimer } from "./ui/Disclaimer";

export function Home() {
  const session = useSession();
  return (
    <Page title="Back or neck pain after a workout?">
      <p className="lead">
        Answer a few short questions. You will learn whether it needs a doctor and what to do today — no account needed.
      </p>
      <Link href="/check" className="button primary big">
        Start a quick check
      </Link>
      {session.state === "signedIn" ? (
        <ul className="link-list">
          <li>
            <Link href="/today">Today's plan</Link>
          </li>
          <li>
            <Link href="/diary">Pain diary</Link>
          </li>
        </ul>
      ) : (
        <p>
          Have an account? <Link href="/signin">Sign in</Link> to see your plan and diary.
        </p>
      )}
      <p>
        <Link href="/learn">What can cause back pain after exercise?</Link>
      </p>
      <Disclaimer />
    </Page>
  );
}
