import { lazy, Suspense, type ComponentType } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { Home } from "./Home";
import { QuickCheck } from "./check/QuickCheck";
import { Page } from "./ui/Page";
import { useSession } from "./session";
import { OutboxStatus } from "./diary/OutboxStatus";

/**
 * Every screen but the home page and the quick check is its own chunk, so the first load stays
 * small. The quick check is the app's first task: it comes with the entry, so /check shows its
 * first question after one round of downloads (its red-flag screens and the care core load later).
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ResultPage = page(() => import("./result/ResultPage"), "ResultPage");
const Today = page(() => import("./today/Today"), "Today");
const TimerPage = page(() => import("./timer/TimerPage"), "TimerPage");
const PlayerPage = page(() => import("./player/PlayerPage"), "PlayerPage");
const DiaryPage = page(() => import("./diary/DiaryPage"), "DiaryPage");
const LearnPage = page(() => import("./learn/LearnPage"), "LearnPage");
const SignIn = page(() => import("./account/SignIn"), "SignIn");
const SignUp = page(() => import("./account/SignUp"), "SignUp");
const SettingsPage = page(() => import("./account/SettingsPage"), "SettingsPage");
const TrainingPage = page(() => import("./training/TrainingPage"), "TrainingPage");
const WorkoutLogger = page(() => import("./training/WorkoutLogger"), "WorkoutLogger");
const ImportPage = page(() => import("./training/ImportPage"), "ImportPage");

/** Screens that fill the whole display (one hand, no navigation in the way). */
const FULL_SCREEN = [/^\/timer/, /^\/exercise\//, /^\/check/];

const NAV = [
  { href: "/check", label: "Check" },
  { href: "/today", label: "Today" },
  { href: "/diary", label: "Diary" },
  { href: "/training", label: "Training" },
  { href: "/learn", label: "Learn" },
] as const;

export function App() {
  const [location] = useLocation();
  const session = useSession();
  const full = FULL_SCREEN.some((r) => r.test(location));
  const accountHref = session.state === "signedIn" ? "/settings" : "/signin";
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {!full && (
        <header className="top">
          <Link href="/" className="brand">
            Backcoach
          </Link>
          <Link href={accountHref} className="account-link">
            {session.state === "signedIn" ? "Account" : "Sign in"}
          </Link>
        </header>
      )}
      <main id="main" className={full ? "full" : undefined}>
        <OutboxStatus />
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/check" component={QuickCheck} />
            <Route path="/result" component={ResultPage} />
            <Route path="/today" component={Today} />
            <Route path="/timer" component={TimerPage} />
            <Route path="/exercise/:id" component={PlayerPage} />
            <Route path="/diary" component={DiaryPage} />
            <Route path="/learn" component={LearnPage} />
            <Route path="/learn/:id" component={LearnPage} />
            <Route path="/signin" component={SignIn} />
            <Route path="/signup" component={SignUp} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/training" component={TrainingPage} />
            <Route path="/training/log" component={WorkoutLogger} />
            <Route path="/training/log/:id" component={WorkoutLogger} />
            <Route path="/training/import" component={ImportPage} />
            <Route>
              <Page title="Page not found">
                <p>
                  <Link href="/">Back to the start</Link>
                </p>
              </Page>
            </Route>
          </Switch>
        </Suspense>
      </main>
      {!full && (
        <nav className="bottom-nav" aria-label="Main" style={{ gridTemplateColumns: `repeat(${NAV.length}, 1fr)` }}>
          {NAV.map((n) => (
            <Link key={n.href} href={n.href} aria-current={location.startsWith(n.href) ? "page" : undefined}>
              {n.label}
            </Link>
          ))}
        </nav>
      )}
    </>
  );
}
