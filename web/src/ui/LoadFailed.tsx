import { Page } from "./Page";

/** A screen whose data could not be loaded: says what, and the error's own words. */
export function LoadFailed({ title, what, error }: { title: string; what: string; error: unknown }) {
  return (
    <Page title={title}>
      <p className="error" role="alert">
        {what} could not be loaded. {error instanceof Error ? error.message : ""}
      </p>
    </Page>
  );
}
