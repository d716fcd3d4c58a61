import { Link, useParams } from "wouter";
import { getLearnPage, LEARN_PAGES } from "../../../src/core/learn/catalogue";
import { SOURCES } from "../../../src/core/learn/sources";
import type { LearnKind, LearnPage as Content } from "../../../src/core/learn/schema";
import { Page } from "../ui/Page";
import { Disclaimer } from "../ui/Disclaimer";

const KIND_HEADINGS: Record<LearnKind, string> = {
  cause: "What can cause it",
  advice: "Everyday habits",
  help: "When to get help",
};

/** The Learn list, or one page with its sources. */
export function LearnPage() {
  const { id } = useParams<{ id?: string }>();
  if (id === undefined) return <LearnIndex />;
  const page = getLearnPage(id);
  if (!page)
    return (
      <Page title="No such page">
        <p>
          <Link href="/learn">All Learn pages</Link>
        </p>
      </Page>
    );
  return <Article page={page} />;
}

function LearnIndex() {
  const kinds = [...new Set(LEARN_PAGES.map((p) => p.kind))];
  return (
    <Page title="Learn">
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{KIND_HEADINGS[kind]}</h2>
          <ul className="link-list">
            {LEARN_PAGES.filter((p) => p.kind === kind).map((p) => (
              <li key={p.id}>
                <Link href={`/learn/${p.id}`}>{p.title}</Link>
                <p className="hint">{p.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Disclaimer />
    </Page>
  );
}

function Article({ page }: { page: Content }) {
  return (
    <Page title={page.title}>
      <p className="lead">{page.summary}</p>
      {page.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ))}
      <h2>Sources</h2>
      <ul>
        {page.sources.map((id) => {
          const src = SOURCES[id];
          return (
            <li key={id}>
              {"url" in src && src.url ? (
                <a href={src.url} rel="noopener noreferrer">
                  {src.title}
                </a>
              ) : (
                src.title
              )}{" "}
              — {src.organisation}
            </li>
          );
        })}
      </ul>
      <p>
        <Link href="/learn">All Learn pages</Link>
      </p>
      <p className="disclaimer">{page.disclaimer}</p>
    </Page>
  );
}
