import { Link, useLocation, useSearch } from "wouter";
import { api } from "../api";
import { Page } from "../ui/Page";
import { AuthForm } from "./AuthForm";
import { afterAuth } from "./afterAuth";

export function SignIn() {
  const [, navigate] = useLocation();
  const save = new URLSearchParams(useSearch()).has("save");
  return (
    <Page title="Sign in">
      <AuthForm
        submitLabel="Sign in"
        newPassword={false}
        onSubmit={async (email, password) => {
          await api.login(email, password);
          navigate(await afterAuth(save, false));
        }}
      />
      <p>
        New here? <Link href={save ? "/signup?save=1" : "/signup"}>Create an account</Link>
      </p>
    </Page>
  );
}
