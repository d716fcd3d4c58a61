import { Link, useLocation, useSearch } from "wouter";
import { api } from "../api";
import { Page } from "../ui/Page";
import { AuthForm } from "./AuthForm";
import { afterAuth } from "./afterAuth";

export function SignUp() {
  const [, navigate] = useLocation();
  const save = new URLSearchParams(useSearch()).has("save");
  return (
    <Page title="Create an account">
      <p>
        {save
          ? "Your quick check will be saved to the new account, with its plan."
          : "An account keeps your plan, diary and check-ins, on your own Backcoach server."}
      </p>
      <AuthForm
        submitLabel="Create account"
        newPassword
        onSubmit={async (email, password) => {
          await api.signup(email, password);
          navigate(await afterAuth(save, true));
        }}
      />
      <p>
        Already have one? <Link href={save ? "/signin?save=1" : "/signin"}>Sign in</Link>
      </p>
    </Page>
  );
}
